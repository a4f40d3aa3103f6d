using Byline.Content;
using Byline.Text;

namespace Byline.Import;

// Saves incoming stories and pages: finds or creates their authors, section and tags, renders the
// body once, and updates the story that is already there (same source key: StoryIdentity) instead
// of adding a second one. One SaveChanges per story, so a failure leaves nothing half-written.
public sealed record SavedStory(ImportOutcome Outcome, string Slug);

public sealed class StoryWriter(BylineDb db, TimeProvider time)
{
    // Also refused by the newsroom's section and page forms.
    internal static readonly HashSet<string> ReservedPaths = ["tag", "author", "theme", Site.Urls.NoSection, "_error", "search", "feed", "rss", "sitemap", "ghost", "admin", "api", "media", "newsroom", "corrections"];

    public async Task<ImportOutcome> SaveAsync(IncomingStory incoming, CancellationToken cancellationToken) =>
        (await WriteAsync(incoming, cancellationToken)).Outcome;

    // What identifies the story (its source key) decides between an update and a new story, never
    // the slug alone: two stories may share a headline, and the second takes the next free slug.
    public async Task<SavedStory> WriteAsync(IncomingStory incoming, CancellationToken cancellationToken)
    {
        var headline = IncomingText.Required(incoming.Headline, "headline", 300);
        var sourceKey = IncomingText.Optional(incoming.SourceKey, "source id", 200);
        var wanted = SlugFor(incoming.Slug, headline, "story");
        var story = await FindStoryAsync(sourceKey, incoming, headline, wanted, cancellationToken);
        var outcome = story is null ? ImportOutcome.Imported : ImportOutcome.Updated;
        var slug = await FreeSlugAsync(wanted, story, cancellationToken);
        story ??= db.Stories.Add(new Story { Headline = headline, Slug = slug, CreatedAt = time.GetUtcNow().UtcDateTime }).Entity;
        await ApplyAsync(story, incoming with { Slug = slug, SourceKey = sourceKey }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SavedStory(outcome, story.Slug);
    }

    // Sets every field of a tracked story from what came in; the caller saves. The story's
    // Tags, Authors and Corrections must be loaded.
    public async Task ApplyAsync(Story story, IncomingStory incoming, CancellationToken cancellationToken)
    {
        var headline = IncomingText.Required(incoming.Headline, "headline", 300);
        var slug = SlugFor(incoming.Slug, headline, "story");
        var now = time.GetUtcNow().UtcDateTime;
        story.Headline = headline;
        story.Slug = slug;

        // A save from here (import, restore, the Admin API) is a new version too: a newsroom form
        // opened before it is refused rather than written over it.
        story.Version++;
        story.SourceKey = IncomingText.Optional(incoming.SourceKey, "source id", 200) ?? story.SourceKey;
        story.Dek = IncomingText.Optional(incoming.Dek, "dek", 500);
        story.Dateline = IncomingText.Optional(incoming.Dateline, "dateline", 100);
        story.BodyMarkdown = IncomingText.Clean(incoming.BodyMarkdown);
        story.BodyHtml = BodyRenderer.Render(story.BodyMarkdown, story.Dateline);
        story.PublishedAt = incoming.PublishedAt ?? story.PublishedAt ?? (incoming.Status == StoryStatus.Published ? now : null);

        // A story published for a future time waits as scheduled: ScheduledPublishing puts it live
        // with a save, so its caches, feeds, search entry and webhooks follow at that moment.
        story.Status = incoming.Status == StoryStatus.Published && story.PublishedAt > now ? StoryStatus.Scheduled : incoming.Status;
        story.UpdatedAt = incoming.UpdatedAt ?? story.PublishedAt ?? now;
        story.FeaturedImage = incoming.Image is { } image ? new FeaturedImage
        {
            Url = IncomingText.Required(image.Url, "image address", 2000),
            Alt = IncomingText.Optional(image.Alt, "image alt text", 500) ?? "",
            Caption = IncomingText.Optional(image.Caption, "image caption", 1000),
            Credit = IncomingText.Optional(image.Credit, "image credit", 300),
        } : null;
        story.SeoTitle = IncomingText.Optional(incoming.SeoTitle, "SEO title", 300);
        story.SeoDescription = IncomingText.Optional(incoming.SeoDescription, "SEO description", 500);
        story.CanonicalUrl = IncomingText.Optional(incoming.CanonicalUrl, "canonical URL", 2000);
        story.Section = IncomingText.Optional(incoming.Section, "section", 200) is { } section ? await SectionAsync(section, cancellationToken) : null;

        // Reconcile rather than clear and re-add: the join rows keep their keys, so EF updates in place.
        var tags = new List<Tag>();
        foreach (var name in incoming.Tags.Select(t => IncomingText.Optional(t, "tag", 200)).OfType<string>())
        {
            var tag = await TagAsync(name, cancellationToken);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        story.Tags.RemoveAll(t => !tags.Contains(t));
        story.Tags.AddRange(tags.Where(t => !story.Tags.Contains(t)));

        var authors = new List<Author>();
        foreach (var incomingAuthor in incoming.Authors)
        {
            var author = await AuthorAsync(incomingAuthor, cancellationToken);
            if (!authors.Contains(author))
            {
                authors.Add(author);
            }
        }

        story.Authors.RemoveAll(a => !authors.Contains(a.Author!));
        for (var position = 0; position < authors.Count; position++)
        {
            var byline = story.Authors.Find(a => a.Author == authors[position]);
            if (byline is null)
            {
                story.Authors.Add(new StoryAuthor { Author = authors[position], Position = position });
            }
            else
            {
                byline.Position = position;
            }
        }

        story.Corrections.RemoveAll(c => !incoming.Corrections.Any(i => i.At == c.At && i.Text == c.Text));
        foreach (var (at, text) in incoming.Corrections.Where(i => !story.Corrections.Any(c => c.At == i.At && c.Text == i.Text)))
        {
            story.Corrections.Add(new Correction { At = at, Text = IncomingText.Required(text, "correction", 4000) });
        }
    }

    public async Task<ImportOutcome> SavePageAsync(IncomingPage incoming, CancellationToken cancellationToken)
    {
        var title = IncomingText.Required(incoming.Title, "title", 300);
        var slug = SlugFor(incoming.Slug, title, "page");
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        var outcome = page is null ? ImportOutcome.Imported : ImportOutcome.Updated;
        page ??= db.Pages.Add(new Page { Title = title, Slug = slug }).Entity;
        page.Title = title;
        page.BodyMarkdown = IncomingText.Clean(incoming.BodyMarkdown);
        page.BodyHtml = BodyRenderer.Render(incoming.BodyMarkdown);
        page.UpdatedAt = incoming.UpdatedAt ?? time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private async Task<Section> SectionAsync(string name, CancellationToken cancellationToken)
    {
        var slug = SlugFor(null, name, "section");
        return db.Sections.Local.FirstOrDefault(s => s.Slug == slug)
            ?? await db.Sections.FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken)
            ?? db.Sections.Add(new Section { Name = name.Trim(), Slug = slug, Position = await db.Sections.CountAsync(cancellationToken) }).Entity;
    }

    private async Task<Tag> TagAsync(string name, CancellationToken cancellationToken)
    {
        var slug = SlugFor(null, name, "tag");
        return db.Tags.Local.FirstOrDefault(t => t.Slug == slug)
            ?? await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken)
            ?? db.Tags.Add(new Tag { Name = name, Slug = slug }).Entity;
    }

    private async Task<Author> AuthorAsync(IncomingAuthor incoming, CancellationToken cancellationToken)
    {
        var name = IncomingText.Required(incoming.Name, "author's name", 200);
        var slug = incoming.Slug ?? SlugFor(null, name, "author");
        var author = db.Authors.Local.FirstOrDefault(a => a.Slug == slug)
            ?? await db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken)
            ?? db.Authors.Add(new Author { Name = name, Slug = slug }).Entity;

        // A bio from the file fills an empty profile; it never overwrites one an editor wrote.
        if (string.IsNullOrWhiteSpace(author.Bio) && IncomingText.Optional(incoming.Bio, "author's bio", 5000) is { } bio)
        {
            author.Bio = bio;
        }

        return author;
    }

    public Task<Story?> FindByIdAsync(int id, CancellationToken cancellationToken) =>
        Tracked().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private IQueryable<Story> Tracked() =>
        db.Stories.Include(s => s.Section).Include(s => s.Tags).Include(s => s.Authors.OrderBy(a => a.Position)).ThenInclude(a => a.Author).Include(s => s.Corrections);

    private async Task<Story?> FindStoryAsync(string? sourceKey, IncomingStory incoming, string headline, string slug, CancellationToken cancellationToken)
    {
        var stories = Tracked();
        if (sourceKey is not null && await stories.FirstOrDefaultAsync(s => s.SourceKey == sourceKey, cancellationToken) is { } known)
        {
            return known;
        }

        // A caller that names no source (the Admin API, a script) names the story by its slug. An
        // import does name one: a story already at the slug is the same only when it has no source
        // key (imported before stories had one) and its headline and time match as well.
        if (sourceKey is null)
        {
            return await stories.FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        }

        var keyless = await stories.FirstOrDefaultAsync(s => s.Slug == slug && s.SourceKey == null, cancellationToken);
        var same = keyless is not null && keyless.Headline == headline && (incoming.PublishedAt is null || keyless.PublishedAt == incoming.PublishedAt);
        return same ? keyless : null;
    }

    // A slug another story holds is never taken from it: the newcomer gets the next free one
    // (letters-to-the-editor-2), as Ghost and WordPress do. A story already at the slug, or at one
    // of its numbered forms, keeps the one it has.
    private async Task<string> FreeSlugAsync(string wanted, Story? story, CancellationToken cancellationToken)
    {
        if (story is not null && (story.Slug == wanted || IsNumbered(story.Slug, wanted)))
        {
            return story.Slug;
        }

        var id = story?.Id ?? 0;
        var prefix = wanted + "-";
        var taken = (await db.Stories.Where(s => s.Id != id && (s.Slug == wanted || s.Slug.StartsWith(prefix)))
            .Select(s => s.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var slug = wanted;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }

    private static bool IsNumbered(string slug, string wanted) =>
        slug.Length > wanted.Length + 1 && slug.StartsWith(wanted + "-", StringComparison.Ordinal) && slug[(wanted.Length + 1)..].All(char.IsAsciiDigit);

    // A slug from the file wins; otherwise the headline's. Scripts with no Latin letters fall back
    // to a short stable hash, so every story still has an address.
    public static string SlugFor(string? given, string title, string kind)
    {
        var slug = Slugs.Slugify(string.IsNullOrWhiteSpace(given) ? title : given);

        // Sections and pages sit at the top of the site's addresses, beside its fixed routes.
        if (kind is "section" or "page" && ReservedPaths.Contains(slug))
        {
            return $"{slug}-{kind}";
        }

        if (slug.Length > 0)
        {
            return slug;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title)))[..10];
        return $"{kind}-{hash}";
    }

}
