using System.Text.RegularExpressions;
using Byline.Content;
using Byline.Import;

namespace Byline.Articles;

// Checks what someone typed into the editor and applies a checked snapshot to a tracked story.
// Every problem is reported at once, in words, and nothing is applied until all are fixed.
public sealed partial class StoryEdits(BylineDb db)
{
    public async Task<(StorySnapshot Clean, List<string> Errors)> CheckAsync(StorySnapshot typed, int storyId, CancellationToken ct)
    {
        var errors = new List<string>();
        string? Text(string? value, string field, int max)
        {
            try
            {
                return IncomingText.Optional(value, field, max);
            }
            catch (ImportException ex)
            {
                errors.Add(char.ToUpperInvariant(ex.Message[0]) + ex.Message[1..] + ".");
                return null;
            }
        }

        var headline = Text(typed.Headline, "headline", 300);
        if (headline is null && errors.Count == 0)
        {
            errors.Add("The headline is empty: a story needs one.");
        }

        var slug = Text(typed.Slug, "slug", 200);
        if (slug is null)
        {
            slug = headline is null ? "" : await Api.Admin.AdminPostChanges.FreeSlugAsync(db, headline, storyId, ct);
        }
        else if (!SlugShape().IsMatch(slug))
        {
            errors.Add($"The slug \"{slug}\" may hold only lower-case letters, digits and single hyphens (like \"budget-talks-resume\").");
        }
        else if (await db.Stories.AnyAsync(s => s.Slug == slug && s.Id != storyId, ct))
        {
            errors.Add($"Another story already has the slug \"{slug}\"; choose another or leave it empty to make one from the headline.");
        }

        var imageUrl = Text(typed.ImageUrl, "image address", 2000);
        var imageAlt = Text(typed.ImageAlt, "image alt text", 500);
        if (imageUrl is not null && !IsSafeAddress(imageUrl, allowLocal: true))
        {
            errors.Add("The featured image address must start with https://, http:// or /.");
        }

        if (imageUrl is not null && imageAlt is null)
        {
            errors.Add("The featured image needs alt text: describe it for readers who cannot see it.");
        }

        var canonical = Text(typed.CanonicalUrl, "canonical URL", 2000);
        if (canonical is not null && !IsSafeAddress(canonical, allowLocal: false))
        {
            errors.Add("The canonical URL must be a full address starting with https:// or http://.");
        }

        var authorIds = typed.Authors.Select(a => a.Id).Distinct().ToList();
        var authors = await db.Authors.Where(a => authorIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        if (authors.Count != authorIds.Count)
        {
            errors.Add("One of the chosen authors no longer exists; choose again.");
        }

        var section = typed.SectionId is int sectionId ? await db.Sections.Where(s => s.Id == sectionId).Select(s => s.Name).FirstOrDefaultAsync(ct) : null;
        if (typed.SectionId is not null && section is null)
        {
            errors.Add("The chosen section no longer exists; choose again.");
        }

        var tags = typed.Tags.Select(t => Text(t, "tag", 200)).OfType<string>()
            .DistinctBy(t => StoryWriter.SlugFor(null, t, "tag")).ToList();
        var clean = typed with
        {
            Headline = headline ?? "",
            Dek = Text(typed.Dek, "dek", 500),
            Dateline = Text(typed.Dateline, "dateline", 100),
            Body = IncomingText.Clean(typed.Body ?? ""),
            Authors = [.. authorIds.Where(authors.ContainsKey).Select(id => new SnapshotAuthor(id, authors[id]))],
            SectionId = section is null ? null : typed.SectionId,
            Section = section,
            Tags = tags,
            ImageUrl = imageUrl,
            ImageAlt = imageAlt,
            ImageCaption = Text(typed.ImageCaption, "image caption", 1000),
            ImageCredit = Text(typed.ImageCredit, "image credit", 300),
            SeoTitle = Text(typed.SeoTitle, "SEO title", 300),
            SeoDescription = Text(typed.SeoDescription, "SEO description", 500),
            CanonicalUrl = canonical,
            Slug = slug,
        };
        return (clean, errors);
    }

    // Sets the story's text and metadata from a checked snapshot (not its status: the workflow
    // decides that). The story's Authors, Tags and Section must be loaded.
    public async Task ApplyAsync(Story story, StorySnapshot clean, CancellationToken ct)
    {
        story.Headline = clean.Headline;
        story.Slug = clean.Slug;
        story.Dek = clean.Dek;
        story.Dateline = clean.Dateline;
        story.BodyMarkdown = clean.Body;
        story.BodyHtml = BodyRenderer.Render(clean.Body, clean.Dateline);
        story.SectionId = clean.SectionId;
        story.Section = clean.SectionId is int id ? await db.Sections.FindAsync([id], ct) : null;
        story.FeaturedImage = clean.ImageUrl is null ? null : new FeaturedImage { Url = clean.ImageUrl, Alt = clean.ImageAlt ?? "", Caption = clean.ImageCaption, Credit = clean.ImageCredit };
        story.SeoTitle = clean.SeoTitle;
        story.SeoDescription = clean.SeoDescription;
        story.CanonicalUrl = clean.CanonicalUrl;

        var tags = new List<Tag>();
        foreach (var name in clean.Tags)
        {
            var slug = StoryWriter.SlugFor(null, name, "tag");
            tags.Add(db.Tags.Local.FirstOrDefault(t => t.Slug == slug)
                ?? await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, ct)
                ?? db.Tags.Add(new Tag { Name = name, Slug = slug }).Entity);
        }

        story.Tags.RemoveAll(t => !tags.Contains(t));
        story.Tags.AddRange(tags.Where(t => !story.Tags.Contains(t)));

        // Reconciled, not cleared and re-added: the join rows keep their keys and only Position moves.
        var ids = clean.Authors.Select(a => a.Id).ToList();
        story.Authors.RemoveAll(a => !ids.Contains(a.AuthorId));
        for (var position = 0; position < ids.Count; position++)
        {
            var byline = story.Authors.Find(a => a.AuthorId == ids[position]);
            if (byline is null)
            {
                story.Authors.Add(new StoryAuthor { AuthorId = ids[position], Author = await db.Authors.FindAsync([ids[position]], ct), Position = position });
            }
            else
            {
                byline.Position = position;
            }
        }
    }

    // No javascript: or data: addresses (ASVS 1.2.2): a page path or an http(s) address only.
    private static bool IsSafeAddress(string value, bool allowLocal) =>
        (allowLocal && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.StartsWith("/\\", StringComparison.Ordinal))
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host));

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
