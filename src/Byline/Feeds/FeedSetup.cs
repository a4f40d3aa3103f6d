namespace Byline.Feeds;

public static class FeedSetup
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app) => app;
}
