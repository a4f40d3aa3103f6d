namespace Byline.Api;

public static class ContentApi
{
    public static IHostApplicationBuilder AddContentApi(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder app) => app;
}
