namespace Byline.Api;

public static class AdminApi
{
    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app) => app;
}
