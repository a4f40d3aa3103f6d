using System.Globalization;
using Byline.Site;

namespace Byline.Api.Content;

// What every answer needs from the publication: its address, to make URLs absolute as Ghost does,
// and its time zone, because Ghost writes times in the site's zone with the offset
// ("2025-10-26T09:30:00.000+08:00", moment's toISOString(true)).
public sealed class ContentSite(PublicationSettings publication)
{
    private readonly PublicationClock _clock = new(publication.TimeZone);

    public PublicationSettings Publication => publication;

    public string BaseUrl { get; } = publication.BaseUrl.TrimEnd('/');

    public static async Task<ContentSite> LoadAsync(BylineDb db, CancellationToken ct) =>
        new(await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(ct) ?? new PublicationSettings { Name = "Byline" });

    public string Time(DateTime utc) => _clock.Local(utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public string? Time(DateTime? utc) => utc is { } value ? Time(value) : null;

    public string Url(string path) => Urls.Absolute(BaseUrl, path);

    // Images and links stored as site paths become absolute; anything that is not a web address
    // (javascript:, data:) becomes null rather than reaching a client that will render it.
    public string? Link(string? url) => SiteChrome.SafeLink(url) is { } safe ? safe.StartsWith('/') ? Url(safe) : safe : null;
}
