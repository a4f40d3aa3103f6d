namespace Byline.Api.Content;

// Every Content API request carries an integration's content key in ?key=. Checked against the
// active (not revoked) keys on each request, so a revocation takes effect at once. Messages are
// Ghost's: its Content API says "Unknown Content API Key" for a wrong key and "Authorization
// failed" for none (Ghost answers that one 403 NoPermissionError; Byline answers 401, as a missing
// credential should).
// The filter is made once per endpoint, so the per-request DbContext comes from the request.
public sealed class ContentKeyCheck : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = context.HttpContext.Request.Query["key"];
        if (keys.Count > 1)
        {
            throw new GhostApiException(400, "BadRequestError", "Invalid Request", code: "INVALID_REQUEST", beforeEndpoint: true);
        }

        if (string.IsNullOrEmpty(keys.ToString()))
        {
            throw new GhostApiException(401, "UnauthorizedError", "Authorization failed",
                "Unable to determine the authenticated member or integration. Check the supplied Content API Key and ensure cookies are being passed through if member auth is failing.",
                beforeEndpoint: true);
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<BylineDb>();
        var active = await db.ApiKeys.AsNoTracking().Where(k => !k.Revoked).Select(k => k.ContentKey)
            .ToListAsync(context.HttpContext.RequestAborted);
        if (!ApiKeys.Matches(active, keys.ToString()))
        {
            throw new GhostApiException(401, "UnauthorizedError", "Unknown Content API Key", code: "UNKNOWN_CONTENT_API_KEY", beforeEndpoint: true);
        }

        return await next(context);
    }
}
