using System.Text.RegularExpressions;
using Byline.Site;

namespace Byline.Feeds;

// A feed is read away from the site, so its addresses must be absolute.
public static partial class FeedHtml
{
    // Bodies are sanitized at save, which writes every attribute in double quotes: a root-relative
    // href or src is exactly ` href="/...`, never protocol-relative `//`.
    public static string Absolutize(string html, string baseUrl) =>
        RootRelative().Replace(html, m => m.Groups[1].Value + baseUrl + "/");

    public static FeedImage? Image(FeaturedImage? image, string baseUrl) =>
        image is not null && SiteChrome.SafeLink(image.Url) is { } url
            ? new FeedImage(url.StartsWith('/') ? baseUrl + url : url, image.Alt, MediaType(url))
            : null;

    public static string? AbsoluteLink(string? url, string baseUrl) =>
        SiteChrome.SafeLink(url) is { } safe ? (safe.StartsWith('/') ? baseUrl + safe : safe) : null;

    private static string MediaType(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?')[0];
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            ".avif" => "image/avif",
            ".svg" => "image/svg+xml",
            _ => "image/jpeg",
        };
    }

    [GeneratedRegex("""(\s(?:href|src)=")/(?!/)""", RegexOptions.CultureInvariant)]
    private static partial Regex RootRelative();
}
