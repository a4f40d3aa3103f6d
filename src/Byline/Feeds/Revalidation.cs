using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Byline.Feeds;

// Feeds and sitemaps are polled far more often than they change. Each answer carries a strong
// ETag (a hash of its bytes) and Last-Modified (its newest story change); the framework's file
// result then answers If-None-Match / If-Modified-Since with 304 and HEAD without a body.
public static class Revalidation
{
    public static FileContentHttpResult Document(byte[] body, string mediaType, DateTime? lastModified) =>
        TypedResults.Bytes(
            body,
            mediaType + "; charset=utf-8",
            lastModified: lastModified is { } utc ? WholeSeconds(utc) : null,
            entityTag: new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\""));

    // HTTP dates have no fractions; an unrounded time would never match If-Modified-Since.
    private static DateTimeOffset WholeSeconds(DateTime utc) =>
        new(DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)));

    // Readers and crawlers may keep a copy briefly; after that they revalidate cheaply with the ETag.
    // Only documents are marked: a 404 must not be cached as if it were the feed.
    public static RouteGroupBuilder CachedPublicly(this RouteGroupBuilder group, TimeSpan maxAge)
    {
        var header = $"public, max-age={(int)maxAge.TotalSeconds}";
        group.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is FileContentHttpResult or INestedHttpResult { Result: FileContentHttpResult })
            {
                context.HttpContext.Response.Headers.CacheControl = header;
            }

            return result;
        });
        return group;
    }

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);
}
