using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Byline.Api.Admin;

// A reference page for the Admin API that reads without script: made from the same endpoint
// metadata the OpenAPI document is made from, so the two cannot drift apart.
public static class AdminReference
{
    public static IResult HandleAsync(EndpointDataSource endpoints)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Admin API reference | Byline</title><style>")
            .Append("body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}")
            .Append("code,pre{font:14px ui-monospace,monospace;background:#f4f1ea;border-radius:4px}pre{padding:1rem;overflow-x:auto}code{padding:0 .25rem}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}")
            .Append(".method{font-weight:700;font-family:ui-monospace,monospace}</style></head><body>")
            .Append("<h1>Byline Admin API</h1>")
            .Append("<p>Compatible with Ghost's Admin API, so <code>@tryghost/admin-api</code> works unchanged. Machine-readable: ")
            .Append("<a href=\"/api/admin/openapi.json\">OpenAPI document</a>.</p>")
            .Append("<h2>Authentication</h2><p>Create an integration key with <code>byline key add NAME</code>; it prints an admin key <code>id:secret</code>. ")
            .Append("Each request sends <code>Authorization: Ghost &lt;token&gt;</code>, where the token is a JWT signed with HS256 using the hex-decoded secret, ")
            .Append("with <code>kid</code> = the key id in its header and <code>iat</code>, <code>exp</code> (at most five minutes later) and <code>aud: \"/admin/\"</code> in its payload.</p>")
            .Append("<pre>const api = new GhostAdminAPI({url: 'https://your.site', key: 'ID:SECRET', version: 'v6.0'});\n")
            .Append("await api.posts.add({title: 'Hello', html: '&lt;p&gt;First paragraph&lt;/p&gt;', status: 'draft'}, {source: 'html'});</pre>")
            .Append("<h2>Endpoints</h2><table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Body</th></tr></thead><tbody>");
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>()
                     .Where(e => e.RoutePattern.RawText?.StartsWith(AdminApi.Prefix, StringComparison.Ordinal) == true && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is null)
                     .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal))
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
            html.Append("<tr><td class=\"method\">").Append(Encode(string.Join(", ", methods)))
                .Append("</td><td><code>").Append(Encode(endpoint.RoutePattern.RawText + "/")).Append("</code></td><td>")
                .Append(Encode(endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "")).Append("</td><td>")
                .Append(Encode(string.Join(", ", accepts))).Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>A post</h2><p>Bodies wrap posts in a list: <code>{\"posts\": [{...}]}</code>. An edit sends only the fields it changes, ")
            .Append("plus the <code>updated_at</code> it read: if the post changed since, the answer is 409 <code>UpdateCollisionError</code> and nothing is overwritten. ")
            .Append("Status is <code>draft</code>, <code>published</code> or <code>scheduled</code> (with a future <code>published_at</code>). ")
            .Append("Bodies are HTML (<code>html</code>, with <code>?source=html</code>) or Markdown (<code>markdown</code>), sanitized when saved. ")
            .Append("Sections are Byline's: name one with <code>section</code>, or make it the first tag.</p><table><thead><tr><th>Field</th><th>Type</th></tr></thead><tbody>");
        foreach (var field in typeof(AdminDocs.Post).GetProperties())
        {
            html.Append("<tr><td><code>").Append(Encode(JsonNamingPolicy.SnakeCaseLower.ConvertName(field.Name))).Append("</code></td><td>")
                .Append(Encode(TypeName(field.PropertyType))).Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>Errors</h2><p>Errors use Ghost's body: <code>{\"errors\": [{\"message\", \"context\", \"type\", ...}]}</code> ")
            .Append("with 400 BadRequestError, 401 UnauthorizedError, 404 NotFoundError, 409 UpdateCollisionError, 413 RequestEntityTooLargeError, ")
            .Append("415 UnsupportedMediaTypeError and 422 ValidationError.</p></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string TypeName(Type type) => type == typeof(string) ? "string"
        : type.IsGenericType ? "list of " + JsonNamingPolicy.SnakeCaseLower.ConvertName(type.GetGenericArguments()[0].Name) + " ({id, slug, name})"
        : type.Name;
}
