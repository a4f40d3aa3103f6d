using Byline.Caching;

namespace Byline.Tests.Infrastructure;

public static class CachedPages
{
    // Asks for a page until it comes from the page cache: until the eviction poller has caught up
    // with the saves a test made first, a freshly cached page may be evicted again.
    public static async Task UntilCachedAsync(this HttpClient client, string path)
    {
        for (var i = 0; i < 40; i++)
        {
            if ((await client.GetAsync(path)).Headers.TryGetValues(PageCacheMiddleware.CacheHeader, out var values) && values.Single() == "hit")
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{path} was never served from the cache");
    }
}
