using Microsoft.Extensions.Options;

namespace Byline.Api.Content;

// The headers Ghost's Content API sends with every answer: public caching for a short while
// (errors are never cached; GhostApiErrors says so), and Content-Version with Vary:
// Accept-Version. Ghost writes its own version there, whatever the client asked for; Byline speaks
// the API of Ghost 6, which is what @tryghost/content-api asks for by default.
public sealed class ContentApiHeaders(IOptions<ContentApiOptions> options) : IEndpointFilter
{
    public const string ContentVersion = "v6.0";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var response = context.HttpContext.Response;
        response.Headers["Content-Version"] = ContentVersion;

        // Sent whether or not the request named an origin, so a cached answer serves every origin.
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.Append("Vary", "Accept-Version");
        response.Headers.CacheControl = $"public, max-age={options.Value.MaxAgeSeconds}";
        return await next(context);
    }
}
