namespace Byline.Search;

public static class SearchSetup
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app) => app;
}
