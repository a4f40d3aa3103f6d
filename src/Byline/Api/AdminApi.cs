using Byline.Api.Admin;
using Byline.Api.Content;

namespace Byline.Api;

// Ghost's Admin API at /ghost/api/admin/, authenticated by an integration's admin key (Ghost's
// short-lived JWT), so @tryghost/admin-api and tools written for Ghost can write to Byline:
// create, edit, schedule, publish, unpublish and delete stories, and upload images. Described by an
// OpenAPI document (/api/admin/openapi.json) and a reference page (/api/admin/reference).
public static class AdminApi
{
    public const string Prefix = "/ghost/api/admin";
    public const string DocumentName = "admin";

    public static IHostApplicationBuilder AddAdminApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Byline Admin API";
                document.Info.Version = ContentApiHeaders.ContentVersion;
                document.Info.Description = "Ghost-compatible Admin API. Authenticate with `Authorization: Ghost <token>`, a JWT (HS256) " +
                    "whose header kid is the admin key id and whose key is the hex-decoded admin secret, aud \"/admin/\", valid at most five minutes. " +
                    "Create a key with `byline key add NAME`.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix)
            .WithTags("Admin API")
            .AddEndpointFilter<GhostApiErrors>()
            .AddEndpointFilter<AdminKeyCheck>()
            .AddEndpointFilter((context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return next(context);
            });
        api.MapAdminPosts().MapAdminImages();
        api.Map("/{**rest}", NoSuchResource).ExcludeFromDescription();

        // Every OpenAPI document: this one, and the Content API's (ContentApi.AddContentApi).
        app.MapOpenApi("/api/{documentName}/openapi.json");
        app.MapGet("/api/admin/reference", AdminReference.HandleAsync).ExcludeFromDescription();
        return app;
    }

    private static IResult NoSuchResource() =>
        throw new GhostApiException(404, "NotFoundError", "Resource not found", beforeEndpoint: true);
}
