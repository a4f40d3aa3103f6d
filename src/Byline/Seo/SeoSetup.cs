namespace Byline.Seo;

public static class SeoSetup
{
    public static IHostApplicationBuilder AddSeo(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder app) => app;
}
