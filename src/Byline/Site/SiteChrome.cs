using Byline.Feeds;
using Byline.Site.Views;
using Byline.Theme;

namespace Byline.Site;

// What every reader page carries around its content: the masthead, section navigation, the latest
// rail, the ad slots and the footer.
public sealed class SiteChrome(BylineDb db, TimeProvider time, AssetFingerprints assets)
{
    public const int LatestCount = 5;

    public async Task<(ThemeModel Model, PublicationClock Clock)> LoadAsync(
        MetaView meta, string currentPath, CancellationToken cancellationToken, bool withLatest = false, string? excludeFromLatest = null)
    {
        var publication = await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? new PublicationSettings { Name = "Byline" };
        var clock = new PublicationClock(publication.TimeZone);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Name, s.Slug }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var latestQuery = db.Stories.AsNoTracking().Live(now);
        if (excludeFromLatest is not null)
        {
            latestQuery = latestQuery.Where(s => s.Slug != excludeFromLatest);
        }

        // Only the pages with the rail pay for it.
        var latest = withLatest ? await latestQuery.ToCardsAsync(db.MediaAssets, clock, 0, LatestCount, cancellationToken) : [];
        var ads = await db.AdSlots.AsNoTracking().Where(a => a.Enabled).ToListAsync(cancellationToken);

        var site = new SiteView(
            publication.Name,
            publication.Tagline,
            publication.Language,
            publication.BaseUrl.TrimEnd('/'),
            publication.LogoUrl,
            (publication.Copyright ?? $"© {{year}} {publication.Name}").Replace("{year}", clock.Local(now).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            publication.FooterLinks.ConvertAll(l => new LinkView(l.Label, l.Url, l.Url == currentPath)),
            sections.ConvertAll(s => new LinkView(s.Name, Urls.Section(s.Slug), currentPath == Urls.Section(s.Slug))))
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

    private static AdView? Ad(List<AdSlot> slots, AdPlacement placement) =>
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
