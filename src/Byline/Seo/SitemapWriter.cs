using System.Xml;
using Byline.Feeds;

namespace Byline.Seo;

public sealed record SitemapEntry(string Location, DateTime? LastModified, IReadOnlyList<string> Images);

public sealed record NewsEntry(string Location, DateTime Published, string Title);

// The sitemaps.org protocol 0.9, with Google's image (1.1) and news (0.9) extensions.
public static class SitemapWriter
{
    public const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string ImageNs = "http://www.google.com/schemas/sitemap-image/1.1";
    public const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    public static Task<byte[]> IndexAsync(IEnumerable<(string Location, DateTime? LastModified)> sitemaps) => XmlOutput.WriteAsync(async xml =>
    {
        await xml.WriteStartElementAsync(null, "sitemapindex", SitemapNs);
        foreach (var (location, lastModified) in sitemaps)
        {
            await xml.WriteStartElementAsync(null, "sitemap", SitemapNs);
            await LocationAsync(xml, location, lastModified);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    });

    public static Task<byte[]> UrlSetAsync(IEnumerable<SitemapEntry> entries) => XmlOutput.WriteAsync(async xml =>
    {
        await xml.WriteStartElementAsync(null, "urlset", SitemapNs);
        await xml.WriteAttributeStringAsync("xmlns", "image", null, ImageNs);
        foreach (var entry in entries)
        {
            await xml.WriteStartElementAsync(null, "url", SitemapNs);
            await LocationAsync(xml, entry.Location, entry.LastModified);
            foreach (var image in entry.Images)
            {
                await xml.WriteStartElementAsync("image", "image", ImageNs);
                await xml.WriteElementStringAsync("image", "loc", ImageNs, image);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    });

    public static Task<byte[]> NewsAsync(string publicationName, string language, IEnumerable<NewsEntry> entries) => XmlOutput.WriteAsync(async xml =>
    {
        await xml.WriteStartElementAsync(null, "urlset", SitemapNs);
        await xml.WriteAttributeStringAsync("xmlns", "news", null, NewsNs);
        foreach (var entry in entries)
        {
            await xml.WriteStartElementAsync(null, "url", SitemapNs);
            await xml.WriteElementStringAsync(null, "loc", SitemapNs, entry.Location);
            await xml.WriteStartElementAsync("news", "news", NewsNs);
            await xml.WriteStartElementAsync("news", "publication", NewsNs);
            await xml.WriteElementStringAsync("news", "name", NewsNs, publicationName);
            await xml.WriteElementStringAsync("news", "language", NewsNs, language);
            await xml.WriteEndElementAsync();
            await xml.WriteElementStringAsync("news", "publication_date", NewsNs, XmlOutput.Rfc3339(entry.Published));
            await xml.WriteElementStringAsync("news", "title", NewsNs, entry.Title);
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    });

    private static async Task LocationAsync(XmlWriter xml, string location, DateTime? lastModified)
    {
        await xml.WriteElementStringAsync(null, "loc", SitemapNs, location);
        if (lastModified is { } utc)
        {
            await xml.WriteElementStringAsync(null, "lastmod", SitemapNs, XmlOutput.Rfc3339(utc));
        }
    }
}
