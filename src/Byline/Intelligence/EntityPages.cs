using Byline.Caching;
using Byline.Feeds;
using Byline.Seo;
using Byline.Site;
using Byline.Site.Views;
using Byline.Text.Analysis;

namespace Byline.Intelligence;

// /people/{slug}, /organisations/{slug}, /places/{slug}: who or what it is as the stories describe
// it, everything the publication has quoted them saying (newest first, each linked to its story),
// and the stories that name them, paged, with feeds. Served from the page cache like every page,
// and evicted when a story that names them changes (EvictionTags).
public static class EntityPages
{
    public const int QuotesOnPage = 20;
    private const int PageSize = 15;

    public static IEndpointRouteBuilder MapEntityPages(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").ExcludeFromDescription();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            site.MapGet($"/{Urls.EntityFolder(kind)}/{{slug}}", (HttpContext http, string slug, BylineDb db, SiteChrome chrome, TimeProvider time) => HandleAsync(http, kind, slug, db, chrome, time));
        }

        return app;
    }

    public static async Task<IResult> HandleAsync(HttpContext http, EntityKind kind, string slug, BylineDb db, SiteChrome chrome, TimeProvider time)
    {
        var ct = http.RequestAborted;
        var now = time.GetUtcNow().UtcDateTime;
        slug = slug.ToLowerInvariant();
        var entity = await db.Entities.AsNoTracking().Include(e => e.Author)
            .FirstOrDefaultAsync(e => e.Kind == kind && e.Slug == slug && e.Review != EntityReview.Rejected, ct);
        if (entity is null)
        {
            return await MovedAsync(db, kind, slug, ct) is { } moved ? Results.Redirect(moved, permanent: true) : await ThemePage.NotFoundAsync(http, chrome);
        }

        var stories = db.Stories.AsNoTracking().Live(now).Where(s => db.StoryEntities.Any(l => l.EntityId == entity.Id && l.StoryId == s.Id));
        var storyCount = await stories.CountAsync(ct);
        if (storyCount == 0)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var page = ThemePage.PageNumber(http);
        var url = Urls.Entity(kind, entity.Slug);
        var title = page == 1 ? entity.Name : $"{entity.Name}, page {page}";
        var description = entity.Description is { Length: > 0 } d ? $"{entity.Name}, {d}: every story and quote in the publication." : $"{entity.Name}: every story and quote in the publication.";
        var (model, clock) = await chrome.LoadAsync(new MetaView(title, description, Urls.WithPage(url, page), kind == EntityKind.Person ? "profile" : "website"), url, ct);
        var cards = await stories.ToCardsAsync(db.MediaAssets, clock, (page - 1) * PageSize, PageSize, ct);
        if (page > 1 && cards.Count == 0)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var quotes = db.StoryQuotes.AsNoTracking().Where(q => q.SpeakerId == entity.Id && !q.IsFragment)
            .Join(db.Stories.AsNoTracking().Live(now), q => q.StoryId, s => s.Id, (q, s) => new { q.Text, q.Position, s.Headline, s.Slug, Section = s.Section == null ? null : s.Section.Slug, s.PublishedAt, s.Id });
        var quoteCount = page == 1 ? await quotes.CountAsync(ct) : 0;
        var quoteRows = page == 1
            ? await quotes.OrderByDescending(q => q.PublishedAt).ThenByDescending(q => q.Id).ThenBy(q => q.Position).Take(QuotesOnPage).ToListAsync(ct)
            : [];
        var view = new EntityView(
            InsightReads.Kind(kind),
            InsightReads.Label(kind),
            entity.Name,
            entity.Description,
            url,
            entity.Author is { } author ? new LinkView(author.Name, Urls.Author(author.Slug)) : null,
            quoteRows.ConvertAll(q => new EntityQuoteView(InsightReads.Shorten(q.Text), q.Headline, Urls.Story(q.Section, q.Slug), clock.View(q.PublishedAt ?? default))),
            quoteCount,
            cards,
            storyCount,
            StoryCards.Paginate(url, page, storyCount, PageSize));
        http.CacheAs(CacheTags.Chrome, CacheTags.Entity(entity.Id));
        var meta = model.Meta with
        {
            Feeds = [.. model.Meta.Feeds, .. FeedLinks.For(model.Site.BaseUrl, url, entity.Name)],
            JsonLd = [StructuredData.Thing(model.Site, view)],
        };
        return await ThemePage.RenderAsync(http, "entity", model with { Entity = view, Meta = meta });
    }

    // An entity merged into another, or renamed, keeps its old address as a key (EntityKey "slug:old").
    private static async Task<string?> MovedAsync(BylineDb db, EntityKind kind, string slug, CancellationToken ct)
    {
        var key = EntityKeys.Slug(slug);
        var moved = await db.Set<EntityKey>().AsNoTracking().Where(k => k.Kind == kind && k.Key == key && k.Entity!.Review != EntityReview.Rejected)
            .Select(k => k.Entity!.Slug).FirstOrDefaultAsync(ct);
        return moved is null || moved == slug ? null : Urls.Entity(kind, moved);
    }
}
