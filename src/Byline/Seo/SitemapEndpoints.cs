using System.Text;
using Byline.Feeds;
using Byline.Site;
using Byline.Text.Analysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Seo;

// /sitemap.xml (the index), /sitemaps/stories-N.xml, /sitemaps/pages.xml, /sitemaps/news.xml,
// /sitemaps/people-N.xml, /sitemaps/organisations-N.xml, /sitemaps/places-N.xml and /robots.txt,
// which names them.
public static class SitemapEndpoints
{
    private const string Xml = "application/xml";

    public static async Task<FileContentHttpResult> IndexAsync(SitemapSource source, CancellationToken cancellationToken)
    {
        var baseUrl = (await source.PublicationAsync(cancellationToken)).BaseUrl.TrimEnd('/');
        var pages = await source.PagesAsync(baseUrl, cancellationToken);
        var stories = await source.StoryFilesAsync(cancellationToken);
        var entities = await source.EntityFilesAsync(cancellationToken);
        var news = await source.NewsAsync(baseUrl, cancellationToken);
        var files = new List<(string, DateTime?)> { ($"{baseUrl}/sitemaps/pages.xml", pages.Max(p => p.LastModified)) };
        files.AddRange(stories.Select((lastModified, i) => ($"{baseUrl}/sitemaps/stories-{i + 1}.xml", (DateTime?)lastModified)));
        foreach (var (kind, kindFiles) in entities)
        {
            var folder = Urls.EntityFolder(kind);
            files.AddRange(kindFiles.Select((lastModified, i) => ($"{baseUrl}/sitemaps/{folder}-{i + 1}.xml", (DateTime?)lastModified)));
        }

        files.Add(($"{baseUrl}/sitemaps/news.xml", news.Count == 0 ? null : news.Max(n => n.Published)));
        return Revalidation.Document(await SitemapWriter.IndexAsync(files), Xml, files.Max(f => f.Item2));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> StoriesAsync(int number, SitemapSource source, CancellationToken cancellationToken)
    {
        var baseUrl = (await source.PublicationAsync(cancellationToken)).BaseUrl.TrimEnd('/');
        var entries = await source.StoryFileAsync(number, baseUrl, cancellationToken);
        return entries is null
            ? TypedResults.NotFound()
            : Revalidation.Document(await SitemapWriter.UrlSetAsync(entries), Xml, entries.Max(e => e.LastModified));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> EntitiesAsync(
        EntityKind kind, int number, SitemapSource source, CancellationToken cancellationToken)
    {
        var baseUrl = (await source.PublicationAsync(cancellationToken)).BaseUrl.TrimEnd('/');
        var entries = await source.EntityFileAsync(kind, number, baseUrl, cancellationToken);
        return entries is null
            ? TypedResults.NotFound()
            : Revalidation.Document(await SitemapWriter.UrlSetAsync(entries), Xml, entries.Max(e => e.LastModified));
    }

    public static async Task<FileContentHttpResult> PagesAsync(SitemapSource source, CancellationToken cancellationToken)
    {
        var baseUrl = (await source.PublicationAsync(cancellationToken)).BaseUrl.TrimEnd('/');
        var entries = await source.PagesAsync(baseUrl, cancellationToken);
        return Revalidation.Document(await SitemapWriter.UrlSetAsync(entries), Xml, entries.Max(e => e.LastModified));
    }

    public static async Task<FileContentHttpResult> NewsAsync(SitemapSource source, CancellationToken cancellationToken)
    {
        var publication = await source.PublicationAsync(cancellationToken);
        var entries = await source.NewsAsync(publication.BaseUrl.TrimEnd('/'), cancellationToken);
        var body = await SitemapWriter.NewsAsync(publication.Name, NewsLanguage.From(publication.Language), entries);
        return Revalidation.Document(body, Xml, entries.Count == 0 ? null : entries.Max(e => e.Published));
    }

    public static async Task<FileContentHttpResult> RobotsAsync(SitemapSource source, CancellationToken cancellationToken)
    {
        var baseUrl = (await source.PublicationAsync(cancellationToken)).BaseUrl.TrimEnd('/');
        var robots = $"""
            User-agent: *
            Disallow: /_error

            Sitemap: {baseUrl}/sitemap.xml
            Sitemap: {baseUrl}/sitemaps/news.xml

            """;
        return Revalidation.Document(Encoding.UTF8.GetBytes(robots.ReplaceLineEndings("\n")), "text/plain", null);
    }
}
