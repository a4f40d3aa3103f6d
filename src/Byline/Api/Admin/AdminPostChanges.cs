using System.Net;
using System.Text.RegularExpressions;
using Byline.Api.Content;
using Byline.Import;

namespace Byline.Api.Admin;

// Turns an Admin API post into the IncomingStory that StoryWriter saves: the story as it stands,
// with only the fields the client sent replaced.
public static partial class AdminPostChanges
{
    public static readonly IncomingStory Blank = new() { Headline = "", BodyMarkdown = "", Status = StoryStatus.Draft };

    public static IncomingStory From(Story story) => new()
    {
        Headline = story.Headline,
        Slug = story.Slug,
        SourceKey = story.SourceKey,
        Dek = story.Dek,
        Dateline = story.Dateline,
        BodyMarkdown = story.BodyMarkdown,
        Authors = story.Authors.OrderBy(a => a.Position).Select(a => new IncomingAuthor(a.Author!.Name, Slug: a.Author.Slug)).ToList(),
        Section = story.Section?.Name,
        Tags = story.Tags.Select(t => t.Name).ToList(),
        Status = story.Status,
        PublishedAt = story.PublishedAt,
        UpdatedAt = story.UpdatedAt,
        Image = story.FeaturedImage,
        SeoTitle = story.SeoTitle,
        SeoDescription = story.SeoDescription,
        CanonicalUrl = story.CanonicalUrl,
        Corrections = story.Corrections.Select(c => (c.At, c.Text)).ToList(),
    };

    public static async Task<IncomingStory> ApplyAsync(AdminPostInput input, IncomingStory story, BylineDb db, DateTime now, CancellationToken ct)
    {
        var status = input.Status() ?? story.Status;
        var publishedAt = input.Has("published_at") ? input.Time("published_at") : story.PublishedAt;
        if (status == StoryStatus.Scheduled && (publishedAt is null || publishedAt <= now))
        {
            throw new GhostApiException(422, "ValidationError", "Date must be in the future.", "A scheduled post needs a published_at after now.");
        }

        if (status == StoryStatus.Published && story.Status != StoryStatus.Published && !input.Has("published_at"))
        {
            publishedAt = now;
        }

        var (section, tags) = await TagsAsync(input, story, db, ct);
        return story with
        {
            Headline = input.Has("title") ? input.Text("title") ?? "" : story.Headline,
            Slug = input.Text("slug") ?? (input.Has("title") && story.Slug is null ? null : story.Slug),
            Dek = input.Has("custom_excerpt") ? input.Text("custom_excerpt") : story.Dek,
            Dateline = input.Has("dateline") ? input.Text("dateline") : story.Dateline,
            BodyMarkdown = input.Body() ?? story.BodyMarkdown,
            Status = status,
            PublishedAt = publishedAt,
            UpdatedAt = now,
            Section = section,
            Tags = tags,
            Authors = await AuthorsAsync(input, story, db, ct),
            Image = Image(input, story.Image),
            SeoTitle = input.Has("meta_title") ? input.Text("meta_title") : story.SeoTitle,
            SeoDescription = input.Has("meta_description") ? input.Text("meta_description") : story.SeoDescription,
            CanonicalUrl = input.Has("canonical_url") ? input.Text("canonical_url") : story.CanonicalUrl,
        };
    }

    // Ghost makes a taken slug unique by numbering it: "budget", "budget-2", "budget-3".
    public static async Task<string> FreeSlugAsync(BylineDb db, string wanted, int storyId, CancellationToken ct)
    {
        var slug = StoryWriter.SlugFor(wanted, wanted, "story");
        var taken = await db.Stories.Where(s => s.Id != storyId && (s.Slug == slug || s.Slug.StartsWith(slug + "-"))).Select(s => s.Slug).ToListAsync(ct);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    // Ghost's primary tag is a post's first tag: a first tag that names a section is the section
    // (unless Byline's own "section" field says which), and sections can be named by their tag id.
    private static async Task<(string? Section, IReadOnlyList<string> Tags)> TagsAsync(AdminPostInput input, IncomingStory story, BylineDb db, CancellationToken ct)
    {
        var section = story.Section;
        if (input.Has("section"))
        {
            section = input.Text("section") is { } wanted
                ? await SectionNameAsync(db, null, wanted, wanted, ct) ?? throw Invalid($"There is no section '{wanted}'.")
                : null;
        }

        if (input.Relations("tags") is not { } relations)
        {
            return (section, story.Tags);
        }

        var names = new List<string>();
        var first = true;
        foreach (var (id, slug, name) in relations)
        {
            var sectionId = GhostIds.TryDecode(id, out var kind, out var number) && kind == GhostIdKind.Section ? number : (int?)null;
            if (sectionId is not null || (first && !input.Has("section")))
            {
                if (await SectionNameAsync(db, sectionId, slug, name, ct) is { } named)
                {
                    section = named;
                    first = false;
                    continue;
                }

                if (sectionId is not null)
                {
                    throw Invalid($"No section has the id {id}.");
                }
            }

            first = false;
            names.Add(await TagNameAsync(db, id, slug, name, ct));
        }

        return (section, names);
    }

    private static async Task<string> TagNameAsync(BylineDb db, string? id, string? slug, string? name, CancellationToken ct)
    {
        if (id is not null)
        {
            var number = GhostIds.NumberOf(id, GhostIdKind.Tag);
            return await db.Tags.Where(t => t.Id == number).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? throw Invalid($"No tag has the id {id}.");
        }

        var bySlug = slug?.ToLowerInvariant();
        return (bySlug is null ? null : await db.Tags.Where(t => t.Slug == bySlug).Select(t => t.Name).FirstOrDefaultAsync(ct))
            ?? name ?? slug ?? throw Invalid("A tag needs a name, slug or id.");
    }

    private static GhostApiException Invalid(string context) => new(422, "ValidationError", "Validation error, cannot save post.", context);

    private static Task<string?> SectionNameAsync(BylineDb db, int? id, string? slug, string? name, CancellationToken ct)
    {
        var bySlug = slug?.ToLowerInvariant();
        var byName = name is null ? null : StoryWriter.SlugFor(null, name, "section");
        return db.Sections.Where(s => s.Id == id || s.Slug == bySlug || s.Slug == byName || s.Name == name).Select(s => s.Name).FirstOrDefaultAsync(ct);
    }

    // Authors are Byline's author profiles, named by id, slug or name; an unknown one is refused
    // rather than invented.
    private static async Task<IReadOnlyList<IncomingAuthor>> AuthorsAsync(AdminPostInput input, IncomingStory story, BylineDb db, CancellationToken ct)
    {
        if (input.Relations("authors") is not { } relations)
        {
            return story.Authors;
        }

        var authors = new List<IncomingAuthor>();
        foreach (var (id, slug, name) in relations)
        {
            var number = id is null ? (int?)null : GhostIds.NumberOf(id, GhostIdKind.Author);
            var lowerSlug = slug?.ToLowerInvariant();
            var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == number || a.Slug == lowerSlug || a.Name == name, ct)
                ?? throw Invalid($"No author matches {id ?? slug ?? name}.");
            authors.Add(new IncomingAuthor(author.Name, Slug: author.Slug));
        }

        return authors;
    }

    private static FeaturedImage? Image(AdminPostInput input, FeaturedImage? image)
    {
        if (!input.Has("feature_image") && !input.Has("feature_image_alt") && !input.Has("feature_image_caption"))
        {
            return image;
        }

        var url = input.Has("feature_image") ? input.Text("feature_image") : image?.Url;
        return string.IsNullOrWhiteSpace(url) ? null : new FeaturedImage
        {
            Url = url,
            Alt = (input.Has("feature_image_alt") ? input.Text("feature_image_alt") : image?.Alt) ?? "",
            Caption = input.Has("feature_image_caption") ? PlainText(input.Text("feature_image_caption")) : image?.Caption,
            Credit = image?.Credit,
        };
    }

    // Ghost's captions are HTML; Byline's are text, encoded where shown.
    private static string? PlainText(string? html) => html is null ? null : WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
