using Byline.Caching;
using Byline.Feeds;
using Byline.Site.Views;
using Byline.Theme;

namespace Byline.Site;

// What every reader page carries around its content: the masthead, section navigation, the latest
// rail, the ad slots and the footer. The database is only asked when ChromeCache has nothing, so a
// page whose own reads need no DbContext (the story page) never makes one.
public sealed class SiteChrome(IServiceProvider services, TimeProvider time, AssetFingerprints assets, ChromeCache cache)
{
    private BylineDb Db => services.GetRequiredService<BylineDb>();

    public const int LatestCount = 5;

    public async Task<(ThemeModel Model, PublicationClock Clock)> LoadAsync(
        MetaView meta, string currentPath, CancellationToken cancellationToken, bool withLatest = false, string? excludeFromLatest = null)
    {
        var (publication, sections, ads) = await cache.ChromeAsync(() => ReadChromeAsync(cancellationToken));
        var clock = new PublicationClock(publication.TimeZone);
        var now = time.GetUtcNow().UtcDateTime;

        // Only the pages with the rail pay for it. One more card than shown, in case this page's
        // own story is among them.
        List<StoryCard> latest = [];
        if (withLatest)
        {
            var cards = await cache.LatestAsync(() => ReadLatestAsync(clock, cancellationToken));
            latest = cards.Where(c => c.Slug != excludeFromLatest).Take(LatestCount).Select(c => c.Card).ToList();
        }

        var site = new SiteView(
            publication.Name,
            publication.Tagline,
            publication.Language,
            publication.BaseUrl.TrimEnd('/'),
            publication.LogoUrl,
            (publication.Copyright ?? $"© {{year}} {publication.Name}").Replace("{year}", clock.Local(now).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            // The settings screen refuses script addresses, but a restored export or an old row may
            // still hold one: only web and local addresses become links.
            publication.FooterLinks.Where(l => SafeLink(l.Url) is not null).Select(l => new LinkView(l.Label, SafeLink(l.Url)!, l.Url == currentPath)).ToList(),
            sections.Select(s => new LinkView(s.Name, Urls.Section(s.Slug), currentPath == Urls.Section(s.Slug))).ToList())
        {
            PublisherLogoUrl = FeedHtml.AbsoluteLink(publication.LogoUrl, publication.BaseUrl.TrimEnd('/'))
                ?? Urls.Absolute(publication.BaseUrl, assets.Url("logo.png")),
        };

        var adsView = new AdsView(Ad(ads, AdPlacement.TopBanner), Ad(ads, AdPlacement.InStory), Ad(ads, AdPlacement.Rail), Ad(ads, AdPlacement.Footer));
        var canonical = meta with
        {
            CanonicalUrl = Urls.Absolute(site.BaseUrl, meta.CanonicalUrl),
            Feeds = FeedLinks.For(site.BaseUrl, "", site.Name),
        };
        return (new ThemeModel(site, canonical, adsView, latest), clock);
    }

    public async Task<PublicationSettings> PublicationAsync(CancellationToken cancellationToken) =>
        (await cache.ChromeAsync(() => ReadChromeAsync(cancellationToken))).Publication;

    private async Task<ChromeSnapshot> ReadChromeAsync(CancellationToken cancellationToken)
    {
        var db = Db;
        var publication = await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? new PublicationSettings { Name = "Byline" };
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Name, s.Slug }).ToListAsync(cancellationToken);
        var ads = await db.AdSlots.AsNoTracking().Where(a => a.Enabled).ToListAsync(cancellationToken);
        return new ChromeSnapshot(publication, sections.ConvertAll(s => (s.Name, s.Slug)), ads);
    }

    private async Task<(IReadOnlyList<LatestCard>, DateTime?)> ReadLatestAsync(PublicationClock clock, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var db = Db;
        var cards = await db.Stories.AsNoTracking().Live(now).ToCardsAsync(db.MediaAssets, clock, 0, LatestCount + 1, cancellationToken);
        var next = await db.Stories.AsNoTracking().Where(s => s.Status == StoryStatus.Published && s.PublishedAt > now)
            .OrderBy(s => s.PublishedAt).Select(s => s.PublishedAt).FirstOrDefaultAsync(cancellationToken);
        return (cards.ConvertAll(c => new LatestCard(c.Url[(c.Url.LastIndexOf('/') + 1)..], c)), next);
    }

    private static AdView? Ad(IReadOnlyList<AdSlot> slots, AdPlacement placement) =>
        slots.Where(s => s.Placement == placement && (!string.IsNullOrWhiteSpace(s.Html) || !string.IsNullOrWhiteSpace(s.ImageUrl)))
            .OrderBy(s => s.Id)
            .Select(s => new AdView(s.Name, Placement(placement), s.Width, s.Height, s.Html, SafeLink(s.ImageUrl), SafeLink(s.LinkUrl), s.AltText ?? "Advertisement", s.AfterParagraph ?? 3))
            .FirstOrDefault();

    private static string Placement(AdPlacement placement) => placement switch
    {
        AdPlacement.TopBanner => "top-banner",
        AdPlacement.InStory => "in-story",
        AdPlacement.Rail => "rail",
        _ => "footer",
    };

    // Only web addresses become links: a javascript: or data: URL in an ad slot renders as no link.
    public static string? SafeLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : null;
}
