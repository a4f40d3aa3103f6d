using Byline.Content;

namespace Byline.Import;

// Applies an export document to this install in one transaction: stories are matched by their
// export id, every other row by slug (ad slots by name), and overwritten, so restoring the same
// document twice changes nothing.
public sealed class Restorer(BylineDb db)
{
    public async Task<List<ImportResult>> RestoreAsync(ExportDocument document, string file, CancellationToken cancellationToken)
    {
        if (document.BylineExport is < 1 or > ExportDocument.CurrentVersion)
        {
            throw new ImportException($"this export is format version {document.BylineExport}; this Byline reads version 1 to {ExportDocument.CurrentVersion}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (document.Publication is { } p)
        {
            var publication = await db.Publication.OrderBy(x => x.Id).FirstOrDefaultAsync(cancellationToken) ?? db.Publication.Add(new PublicationSettings { Name = p.Name }).Entity;
            (publication.Name, publication.Tagline, publication.BaseUrl, publication.Language, publication.TimeZone, publication.LogoUrl, publication.Copyright) =
                (p.Name, p.Tagline, p.BaseUrl, p.Language, p.TimeZone, p.LogoUrl, p.Copyright);
            publication.FooterLinks = p.FooterLinks.Select(l => new FooterLink { Label = l.Label, Url = l.Url }).ToList();
        }

        var sections = await db.Sections.ToDictionaryAsync(s => s.Slug, cancellationToken);
        foreach (var s in document.Sections)
        {
            var section = sections.GetValueOrDefault(s.Slug) ?? (sections[s.Slug] = db.Sections.Add(new Section { Name = s.Name, Slug = s.Slug }).Entity);
            (section.Name, section.Description, section.Position) = (s.Name, s.Description, s.Position);
        }

        var tags = await db.Tags.ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (var t in document.Tags)
        {
            var tag = tags.GetValueOrDefault(t.Slug) ?? (tags[t.Slug] = db.Tags.Add(new Tag { Name = t.Name, Slug = t.Slug }).Entity);
            (tag.Name, tag.Description) = (t.Name, t.Description);
        }

        var authors = await db.Authors.ToDictionaryAsync(a => a.Slug, cancellationToken);
        foreach (var a in document.Authors)
        {
            var author = authors.GetValueOrDefault(a.Slug) ?? (authors[a.Slug] = db.Authors.Add(new Author { Name = a.Name, Slug = a.Slug }).Entity);
            (author.Name, author.JobTitle, author.Bio, author.PhotoUrl, author.Website) = (a.Name, a.JobTitle, a.Bio, a.PhotoUrl, a.Website);
            author.SocialLinks = a.SocialLinks.Select(l => new SocialLink { Network = l.Network, Url = l.Url }).ToList();
        }

        var pages = await db.Pages.ToDictionaryAsync(x => x.Slug, cancellationToken);
        foreach (var x in document.Pages)
        {
            var page = pages.GetValueOrDefault(x.Slug) ?? db.Pages.Add(new Page { Title = x.Title, Slug = x.Slug }).Entity;
            (page.Title, page.BodyMarkdown, page.BodyHtml, page.UpdatedAt) = (x.Title, x.BodyMarkdown, BodyRenderer.Render(x.BodyMarkdown), x.UpdatedAt);
        }

        var slots = await db.AdSlots.ToDictionaryAsync(x => x.Name, cancellationToken);
        foreach (var x in document.AdSlots)
        {
            var slot = slots.GetValueOrDefault(x.Name) ?? db.AdSlots.Add(new AdSlot { Name = x.Name }).Entity;
            (slot.Placement, slot.AfterParagraph, slot.Width, slot.Height, slot.Html, slot.ImageUrl, slot.LinkUrl, slot.AltText, slot.Enabled) =
                (x.Placement, x.AfterParagraph, x.Width, x.Height, x.Html, x.ImageUrl, x.LinkUrl, x.AltText, x.Enabled);
        }

        // A story is the same story by its export id or its source key, or by slug, headline and
        // publication time together; never by its slug alone: a different story at the same slug is
        // kept, and the incoming one takes the next free slug.
        var results = new List<ImportResult>();
        var existing = await db.Stories.Include(s => s.Tags).Include(s => s.Authors).Include(s => s.Corrections)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var byId = existing.ToDictionary(s => s.PublicId);
        var byKey = existing.Where(s => s.SourceKey is not null).ToDictionary(s => s.SourceKey!, StringComparer.Ordinal);
        var slugs = existing.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var matched = new HashSet<Story>();
        foreach (var x in document.Stories)
        {
            var known = byId.GetValueOrDefault(x.PublicId) ?? (x.SourceKey is null ? null : byKey.GetValueOrDefault(x.SourceKey))
                ?? (slugs.GetValueOrDefault(x.Slug) is { } same && same.Headline == x.Headline && same.PublishedAt == x.PublishedAt ? same : null);
            if (known is not null && !matched.Add(known))
            {
                known = null;
            }

            var story = known ?? db.Stories.Add(new Story { Headline = x.Headline, Slug = x.Slug }).Entity;
            if (known is not null && slugs.GetValueOrDefault(known.Slug) == known)
            {
                slugs.Remove(known.Slug);
            }

            Apply(story, x, sections, Lookup(tags, x.Tags, "tag"), Lookup(authors, x.Authors, "author"));
            story.Slug = FreeSlug(x.Slug, slugs);
            slugs[story.Slug] = story;
            results.Add(new ImportResult($"{file}#{x.Slug}", known is null ? ImportOutcome.Imported : ImportOutcome.Updated, x.Headline, Slug: story.Slug));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static void Apply(Story story, ExportStory x, Dictionary<string, Section> sections, List<Tag> tags, List<Author> authors)
    {
        story.PublicId = x.PublicId;
        story.Headline = x.Headline;
        story.SourceKey = x.SourceKey;
        story.Dek = x.Dek;
        story.Dateline = x.Dateline;
        story.BodyMarkdown = x.BodyMarkdown;
        story.BodyHtml = BodyRenderer.Render(x.BodyMarkdown, x.Dateline);
        story.Section = x.Section is null ? null
            : sections.GetValueOrDefault(x.Section) ?? throw new ImportException($"story '{x.Slug}' names section '{x.Section}', which the export does not list");
        story.Status = x.Status;
        (story.CreatedAt, story.PublishedAt, story.UpdatedAt) = (x.CreatedAt, x.PublishedAt, x.UpdatedAt);
        (story.SeoTitle, story.SeoDescription, story.CanonicalUrl) = (x.SeoTitle, x.SeoDescription, x.CanonicalUrl);
        story.FeaturedImage = x.FeaturedImage is null ? null
            : new FeaturedImage { Url = x.FeaturedImage.Url, Alt = x.FeaturedImage.Alt, Caption = x.FeaturedImage.Caption, Credit = x.FeaturedImage.Credit };

        story.Tags.RemoveAll(t => !tags.Contains(t));
        story.Tags.AddRange(tags.Where(t => !story.Tags.Contains(t)));
        story.Authors.RemoveAll(b => !authors.Exists(a => a.Id == b.AuthorId && a.Id != 0));
        for (var position = 0; position < authors.Count; position++)
        {
            var author = authors[position];
            var byline = story.Authors.Find(b => author.Id != 0 && b.AuthorId == author.Id);
            if (byline is null)
            {
                story.Authors.Add(new StoryAuthor { Author = author, Position = position });
            }
            else
            {
                byline.Position = position;
            }
        }

        story.Corrections.RemoveAll(c => !x.Corrections.Any(i => i.At == c.At && i.Text == c.Text));
        story.Corrections.AddRange(x.Corrections.Where(i => !story.Corrections.Any(c => c.At == i.At && c.Text == i.Text))
            .Select(i => new Correction { At = i.At, Text = i.Text, Kind = i.Kind }));
        foreach (var correction in story.Corrections)
        {
            correction.Kind = x.Corrections.First(i => i.At == correction.At && i.Text == correction.Text).Kind;
        }
    }

    private static string FreeSlug(string wanted, Dictionary<string, Story> taken)
    {
        var slug = wanted;
        for (var n = 2; taken.ContainsKey(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }

    private static List<T> Lookup<T>(Dictionary<string, T> rows, IReadOnlyList<string> slugs, string kind) =>
        slugs.Distinct().Select(s => rows.GetValueOrDefault(s) ?? throw new ImportException($"the export names {kind} '{s}' but does not list it")).ToList();
}
