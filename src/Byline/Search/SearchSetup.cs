namespace Byline.Search;

// Full-text search over published stories: the reader's page at /search and a JSON API at
// /api/search. The index itself is kept by BylineDb.SaveChangesAsync (see SearchIndexer).
public static class SearchSetup
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<Searcher>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", SearchPage.HandleAsync).ExcludeFromDescription();
        app.MapGroup("/api/search").WithTags("Search").MapGet("", SearchApi.SearchAsync);
        return app;
    }
}
