using Byline.Caching;
using Byline.Feeds;
using Byline.Site;
using Byline.Text.Analysis;

namespace Byline.Seo;

// Sitemaps and robots.txt here; the page metadata (Open Graph, Twitter cards, JSON-LD) is built by
// PageMetadata and StructuredData for the reader's pages and rendered by the theme's head-meta.
public static class SeoSetup
{
    public static IHostApplicationBuilder AddSeo(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Byline:Sitemaps").Get<SitemapOptions>() ?? new SitemapOptions());
        builder.Services.AddScoped<SitemapSource>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder app)
    {
        var seo = app.MapGroup("").ExcludeFromDescription().CachedPublicly(TimeSpan.FromMinutes(5))
            .AddEndpointFilter((context, next) =>
            {
                context.HttpContext.CacheAs(CacheTags.Chrome, CacheTags.Sitemaps);
                return next(context);
            });
        seo.MapGetAndHead("/robots.txt", SitemapEndpoints.RobotsAsync);
        seo.MapGetAndHead("/sitemap.xml", SitemapEndpoints.IndexAsync);
        seo.MapGetAndHead("/sitemaps/pages.xml", SitemapEndpoints.PagesAsync);
        seo.MapGetAndHead("/sitemaps/news.xml", SitemapEndpoints.NewsAsync);
        seo.MapGetAndHead("/sitemaps/stories-{number:int}.xml", SitemapEndpoints.StoriesAsync);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            seo.MapGetAndHead($"/sitemaps/{Urls.EntityFolder(kind)}-{{number:int}}.xml",
                (int number, SitemapSource source, CancellationToken cancellationToken) => SitemapEndpoints.EntitiesAsync(kind, number, source, cancellationToken));
        }

        return app;
    }
}
