using Microsoft.Net.Http.Headers;

namespace Byline.Caching;

// Serves public GET and HEAD responses from memory, and keeps the ones endpoints mark with
// CacheAs(tags). Placed first in the pipeline, so a hit costs a dictionary lookup and a write.
// Staff never get cached responses, nor make them: a request with an Authorization header or a
// session cookie goes straight through, and a response that sets a cookie is not kept.
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache)
{
    // "hit" or "miss" on every cacheable request, for operators and benchmarks.
    public const string CacheHeader = "X-Byline-Cache";
    private static readonly Microsoft.Extensions.Primitives.StringValues Hit = "hit";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!cache.Options.Enabled || !IsCacheable(http.Request))
        {
            await next(http);
            return;
        }

        // Most addresses have no query string: the path itself is the key, with nothing to join.
        var query = http.Request.QueryString;
        var key = query.HasValue ? http.Request.Path.Value + query.Value : http.Request.Path.Value ?? "";
        if (cache.TryGet(key, out var hit))
        {
            http.Response.Headers[CacheHeader] = Hit;
            await hit.WriteAsync(http);
            return;
        }

        var version = cache.Version;
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        if (response.StatusCode == StatusCodes.Status200OK && http.Features.Get<CacheTagsFeature>() is { Tags.Count: > 0 } tags &&
            !response.Headers.ContainsKey(HeaderNames.SetCookie) && response.Headers.ContentEncoding.Count == 0)
        {
            if (response.Headers.CacheControl.Count == 0 && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
            {
                response.Headers.CacheControl = cache.Options.DefaultCacheControl;
            }

            var page = new CachedPage(key, response.StatusCode, response.Headers, buffer.ToArray(), tags.Tags, cache.ExpiresFromNow());
            cache.Store(page, version);
            response.Headers[CacheHeader] = "miss";
            response.Headers.Remove(HeaderNames.ContentLength);
            await page.WriteAsync(http);
            return;
        }

        if (!HttpMethods.IsHead(http.Request.Method) && buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
        }
    }

    private static bool IsCacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) &&
        request.Headers.Authorization.Count == 0 &&
        !HasSessionCookie(request);

    // Anonymous readers carry no cookies from Byline; staff carry the newsroom's.
    private static bool HasSessionCookie(HttpRequest request)
    {
        if (request.Headers.Cookie.Count == 0)
        {
            return false;
        }

        foreach (var cookie in request.Cookies.Keys)
        {
            if (cookie.StartsWith("__Host-", StringComparison.Ordinal) || cookie.StartsWith(".AspNetCore.", StringComparison.Ordinal) ||
                cookie.StartsWith("byline", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
