namespace Byline.Newsroom;

// Headers on every newsroom response (ASVS 3.4): a CSP with no inline script or style and no
// framing, nosniff, no referrer (password links carry a token in their query), and no caching
// anywhere, since every page is about a signed-in person. The stylesheet alone may be cached.
public sealed class NewsroomHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments($"{NewsroomSetup.Path}/assets", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
