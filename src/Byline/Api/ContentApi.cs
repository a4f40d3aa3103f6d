using Byline.Caching;
using Byline.Api.Content;

namespace Byline.Api;

// Ghost's Content API at /ghost/api/content/, so Ghost's JavaScript client and the front ends built
// on it read Byline unchanged: posts, pages, authors, tags and settings, read-only, public,
// cacheable, open to any origin (front ends call it from browsers), keyed by ?key=.
public static class ContentApi
{
    public const string Prefix = "/ghost/api/content";
    public const string CorsPolicy = "ContentApi";
    public const string DocumentName = "content";

    public static IHostApplicationBuilder AddContentApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET").AllowAnyHeader().SetPreflightMaxAge(TimeSpan.FromDays(1))));
        builder.Services.Configure<ContentApiOptions>(builder.Configuration.GetSection("Byline:ContentApi"));

        // The public read APIs in one document, served beside the Admin API's (AdminApi.MapAdminApi
        // maps /api/{documentName}/openapi.json): Ghost's Content API and Byline's own /api/quotes and /api/search.
        string[] described = [Prefix.TrimStart('/'), "api/quotes", "api/search"];
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = d => described.Any(p => d.RelativePath?.StartsWith(p, StringComparison.Ordinal) == true);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Byline Content API";
                document.Info.Version = ContentApiHeaders.ContentVersion;
                document.Info.Description = "Ghost-compatible Content API at /ghost/api/content/ (read-only, public, keyed by ?key= from " +
                    "`byline key add NAME`), with Byline's includes on posts (quotes, people, organisations, places); and Byline's " +
                    "own public read APIs, /api/quotes and /api/search, which take no key.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        // Filters run in the order added: errors outermost, so the key check's refusals are shaped too.
        var api = app.MapGroup(Prefix)
            .RequireCors(CorsPolicy)
            .WithTags("Content API")
            .WithQuery(ContentDocs.Key())
            .AddEndpointFilter<ContentApiHeaders>()
            .AddEndpointFilter<GhostApiErrors>()
            .AddEndpointFilter<ContentKeyCheck>()
            .AddEndpointFilter((context, next) =>
            {
                // Any change to content or keys evicts every Content API answer (see EvictionTags).
                context.HttpContext.CacheAs(CacheTags.ApiLists, CacheTags.Chrome);
                return next(context);
            });
        api.MapPosts().MapPages().MapAuthors().MapTags().MapSettings();

        // Anything else under the prefix is Ghost's JSON 404, not the reader site's HTML page.
        api.MapGet("/{**rest}", NoSuchResource).ExcludeFromDescription();
        return app;
    }

    private static IResult NoSuchResource() =>
        throw new GhostApiException(404, "NotFoundError", "Resource not found", beforeEndpoint: true);
}

public sealed class ContentApiOptions
{
    // Ghost's caching.contentAPI.maxAge: how long browsers and CDNs may reuse an answer.
    public int MaxAgeSeconds { get; set; } = 60;
}
