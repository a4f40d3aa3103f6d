using Byline.Feeds;
using Byline.Intelligence;
using Byline.Site;
using Byline.Text.Analysis;

namespace Byline.Seo;

// What the sitemaps list. Stories are listed unless their canonical link points at another page
// (a sitemap should name only canonical addresses). Story files are ordered by id, so a new story
// lands in the last file and the older files, and their ETags, stay as they were. People,
// organisations and places are listed, a file sequence per kind ordered the same way, when they
// have a page: not rejected, and named by a live story, the newest of which gives their lastmod.
public sealed class SitemapSource(BylineDb db, TimeProvider time, SitemapOptions options)
{
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);
    public const int NewsLimit = 1_000;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public int StoriesPerFile => Math.Clamp(options.StoriesPerFile, 1, SitemapOptions.ProtocolLimit);

    public int EntitiesPerFile => Math.Clamp(options.EntitiesPerFile, 1, SitemapOptions.ProtocolLimit);

    public async Task<PublicationSettings> PublicationAsync(CancellationToken cancellationToken) =>
        await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken) ?? new PublicationSettings { Name = "Byline" };

    private IQueryable<Story> Listed() => db.Stories.AsNoTracking().Live(Now).Where(s => s.CanonicalUrl == null);

    // The newest change in each story file, in file order; there are as many entries as files.
    public async Task<List<DateTime>> StoryFilesAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed().OrderBy(s => s.Id)
            .Select(s => new { s.PublishedAt, s.UpdatedAt, Corrected = s.Corrections.Max(c => (DateTime?)c.At) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Latest(r.PublishedAt, r.UpdatedAt, r.Corrected))
            .Chunk(StoriesPerFile).Select(file => file.Max()).ToList();
    }

    // Null when there is no such file. The first file exists even before the first story.
    public async Task<List<SitemapEntry>?> StoryFileAsync(int number, string baseUrl, CancellationToken cancellationToken)
    {
        if (number < 1 || (long)(number - 1) * StoriesPerFile > int.MaxValue)
        {
            return null;
        }

        var rows = await Listed().OrderBy(s => s.Id)
            .Skip((number - 1) * StoriesPerFile).Take(StoriesPerFile)
            .Select(s => new
            {
                s.Slug,
                SectionSlug = s.Section == null ? null : s.Section.Slug,
                s.PublishedAt,
                s.UpdatedAt,
                Corrected = s.Corrections.Max(c => (DateTime?)c.At),
                ImageUrl = s.FeaturedImage == null ? null : s.FeaturedImage.Url,
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 && number > 1)
        {
            return null;
        }

        return rows.ConvertAll(r => new SitemapEntry(
            Urls.Absolute(baseUrl, Urls.Story(r.SectionSlug, r.Slug)),
            Latest(r.PublishedAt, r.UpdatedAt, r.Corrected),
            FeedHtml.AbsoluteLink(r.ImageUrl, baseUrl) is { } image ? [image] : []));
    }

    // The newest story in each entity file, in file order, for each kind that has a page to list.
    public async Task<List<(EntityKind Kind, List<DateTime> Files)>> EntityFilesAsync(CancellationToken cancellationToken)
    {
        var rows = await WithPages().OrderBy(e => e.Kind).ThenBy(e => e.Id).Select(e => new { e.Kind, e.Newest }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Kind)
            .Select(kind => (kind.Key, kind.Select(r => Utc(r.Newest!.Value)).Chunk(EntitiesPerFile).Select(file => file.Max()).ToList()))
            .ToList();
    }

    // Null when there is no such file: a kind with nothing to list has no files at all.
    public async Task<List<SitemapEntry>?> EntityFileAsync(EntityKind kind, int number, string baseUrl, CancellationToken cancellationToken)
    {
        if (number < 1 || (long)(number - 1) * EntitiesPerFile > int.MaxValue)
        {
            return null;
        }

        var rows = await WithPages().Where(e => e.Kind == kind).OrderBy(e => e.Id)
            .Skip((number - 1) * EntitiesPerFile).Take(EntitiesPerFile)
            .ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : rows.ConvertAll(r => Entry(baseUrl, Urls.Entity(r.Kind, r.Slug), r.Newest));
    }

    // Entities with a page (EntityPages answers them), each with its newest live story's time.
    private IQueryable<EntityPage> WithPages()
    {
        var newest = db.StoryEntities.AsNoTracking()
            .Join(db.Stories.AsNoTracking().Live(Now), l => l.StoryId, s => s.Id, (l, s) => new { l.EntityId, s.PublishedAt })
            .GroupBy(n => n.EntityId)
            .Select(g => new { EntityId = g.Key, Newest = g.Max(n => n.PublishedAt) });
        return db.Entities.AsNoTracking().Where(e => e.Review != EntityReview.Rejected)
            .Join(newest, e => e.Id, n => n.EntityId, (e, n) => new EntityPage { Id = e.Id, Kind = e.Kind, Slug = e.Slug, Newest = n.Newest });
    }

    private sealed class EntityPage
    {
        public int Id { get; init; }
        public EntityKind Kind { get; init; }
        public required string Slug { get; init; }
        public DateTime? Newest { get; init; }
    }

    // Home, sections, the tags and authors that have stories, and static pages.
    public async Task<List<SitemapEntry>> PagesAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var live = db.Stories.AsNoTracking().Live(Now);
        var home = await live.MaxAsync(s => (DateTime?)s.UpdatedAt, cancellationToken);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Slug, Last = live.Where(x => x.SectionId == s.Id).Max(x => (DateTime?)x.UpdatedAt) })
            .ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Slug)
            .Select(t => new { t.Slug, Last = live.Where(x => x.Tags.Any(y => y.Id == t.Id)).Max(x => (DateTime?)x.UpdatedAt) })
            .Where(t => t.Last != null)
            .ToListAsync(cancellationToken);
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Slug)
            .Select(a => new { a.Slug, Last = live.Where(x => x.Authors.Any(y => y.AuthorId == a.Id)).Max(x => (DateTime?)x.UpdatedAt) })
            .Where(a => a.Last != null)
            .ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Slug).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken);

        return
        [
            Entry(baseUrl, "/", home),
            .. sections.Select(s => Entry(baseUrl, Urls.Section(s.Slug), s.Last)),
            .. tags.Select(t => Entry(baseUrl, Urls.Tag(t.Slug), t.Last)),
            .. authors.Select(a => Entry(baseUrl, Urls.Author(a.Slug), a.Last)),
            .. pages.Select(p => Entry(baseUrl, Urls.Page(p.Slug), p.UpdatedAt)),
        ];
    }

    // Google News: stories of the last two days only, newest first, at most 1,000.
    public async Task<List<NewsEntry>> NewsAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var since = Now - NewsWindow;
        var rows = await Listed().Where(s => s.PublishedAt >= since)
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .Take(NewsLimit)
            .Select(s => new { s.Headline, s.Slug, SectionSlug = s.Section == null ? null : s.Section.Slug, s.PublishedAt })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new NewsEntry(Urls.Absolute(baseUrl, Urls.Story(r.SectionSlug, r.Slug)), Utc(r.PublishedAt!.Value), r.Headline));
    }

    private static SitemapEntry Entry(string baseUrl, string path, DateTime? lastModified) =>
        new(Urls.Absolute(baseUrl, path), lastModified is { } value ? Utc(value) : null, []);

    private static DateTime Latest(DateTime? published, DateTime updated, DateTime? corrected) =>
        Utc(new[] { published ?? updated, updated, corrected ?? updated }.Max());

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
