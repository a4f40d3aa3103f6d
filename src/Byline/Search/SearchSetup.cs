using Byline.Api;

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
        app.MapGroup("/api/search").WithTags("Search").MapGet("", SearchApi.SearchAsync)
            .WithSummary("Search published stories, best match first")
            .WithQuery(
                OpenApiQuery.Text("q", "Words to find; each also matches as a prefix, and words in quotes as a phrase."),
                OpenApiQuery.Text("section", "A section's slug."),
                OpenApiQuery.Text("author", "An author's slug."),
                OpenApiQuery.Text("from", "The first day, yyyy-MM-dd, in the publication's time zone."),
                OpenApiQuery.Text("to", "The last day, yyyy-MM-dd, in the publication's time zone."),
                OpenApiQuery.Number("page", "The page of results, ten to a page.", 1, SearchParameters.MaxPage, 1));
        return app;
    }
}
