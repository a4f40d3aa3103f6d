using Byline.Caching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Feeds;

// RSS, Atom and JSON Feed for the site and for each section, tag, author, person, organisation and place. The literal file
// names outrank the site's /{slug} and /{section}/{slug} routes.
public static class FeedSetup
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FeedSource>();
        builder.Services.AddScoped<CorrectionsFeed>();
        return builder;
    }

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("").ExcludeFromDescription().CachedPublicly(TimeSpan.FromMinutes(5));
        foreach (var format in FeedFormats.All)
        {
            var file = format.FileName();
            feeds.MapGetAndHead($"/{file}", (HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Site, null, format));
            feeds.MapGetAndHead($"/{{section}}/{file}", (string section, HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Section, section, format));
            feeds.MapGetAndHead($"/tag/{{slug}}/{file}", (string slug, HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Tag, slug, format));
            feeds.MapGetAndHead($"/author/{{slug}}/{file}", (string slug, HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Author, slug, format));
            feeds.MapGetAndHead($"/people/{{slug}}/{file}", (string slug, HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Person, slug, format));
            feeds.MapGetAndHead($"/organisations/{{slug}}/{file}", (string slug, HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Organisation, slug, format));
            feeds.MapGetAndHead($"/places/{{slug}}/{file}", (string slug, HttpContext http, FeedSource source) => AnswerAsync(http, source, FeedScope.Place, slug, format));
            feeds.MapGetAndHead($"{CorrectionsFeed.PagePath}/{file}", async (HttpContext http, CorrectionsFeed corrections) => await WriteAsync(http, await corrections.LoadAsync(http.RequestAborted), format));
        }

        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> AnswerAsync(
        HttpContext http, FeedSource source, FeedScope scope, string? slug, FeedFormat format)
    {
        var feed = await source.LoadAsync(scope, slug, http.RequestAborted);
        if (feed is null)
        {
            return TypedResults.NotFound();
        }

        return await WriteAsync(http, feed, format);
    }

    private static async Task<FileContentHttpResult> WriteAsync(HttpContext http, Feed feed, FeedFormat format)
    {
        http.CacheAs(feed.Shows);
        var body = format switch
        {
            FeedFormat.Rss => await RssFeed.WriteAsync(feed),
            FeedFormat.Atom => await AtomFeed.WriteAsync(feed),
            _ => JsonFeed.Write(feed),
        };
        return Revalidation.Document(body, format.MediaType(), feed.Updated);
    }
}
