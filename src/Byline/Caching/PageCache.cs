using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Byline.Caching;

// The in-memory store of cached responses, indexed by key and by tag. Evicting a tag drops every
// entry that shows it. Version counts evictions: a response rendered while an eviction happened
// may show what was just evicted, so it is not stored.
// The chrome cache is evicted with it, by the same tags, whether or not pages are cached.
public sealed class PageCache(IOptions<PageCacheOptions> options, TimeProvider time, ChromeCache chrome)
{
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byTag = new(StringComparer.Ordinal);
    private readonly Lock _tagLock = new();
    private long _bytes;
    private long _version;
    private long _clock;

    public PageCacheOptions Options => options.Value;

    public long Version => Interlocked.Read(ref _version);

    public int Count => _pages.Count;

    public bool TryGet(string key, out CachedPage page)
    {
        if (_pages.TryGetValue(key, out page!) && page.Expires > time.GetUtcNow().UtcDateTime)
        {
            page.LastUsed = Interlocked.Increment(ref _clock);
            return true;
        }

        return false;
    }

    public DateTime ExpiresFromNow() => time.GetUtcNow().UtcDateTime.AddSeconds(options.Value.MaxAgeSeconds);

    public void Store(CachedPage page, long renderedAtVersion)
    {
        lock (_tagLock)
        {
            if (Version != renderedAtVersion)
            {
                return;
            }

            Remove(page.Key);
            _pages[page.Key] = page;
            page.LastUsed = Interlocked.Increment(ref _clock);
            foreach (var tag in page.Tags)
            {
                if (!_byTag.TryGetValue(tag, out var keys))
                {
                    _byTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(page.Key);
            }

            _bytes += page.Size;
            if (_bytes > options.Value.MaxBytes)
            {
                Trim();
            }
        }
    }

    public void Evict(IReadOnlyCollection<string> tags)
    {
        chrome.Evict(tags);
        lock (_tagLock)
        {
            Interlocked.Increment(ref _version);
            foreach (var tag in tags)
            {
                if (tag == CacheTags.Everything)
                {
                    _pages.Clear();
                    _byTag.Clear();
                    _bytes = 0;
                    return;
                }

                // "list:tag:*" names every tag list.
                var matching = tag.EndsWith('*') ? _byTag.Keys.Where(t => t.StartsWith(tag[..^1], StringComparison.Ordinal)).ToList() : [tag];
                foreach (var name in matching)
                {
                    if (_byTag.Remove(name, out var keys))
                    {
                        foreach (var key in keys)
                        {
                            Remove(key);
                        }
                    }
                }
            }
        }
    }

    private void Remove(string key)
    {
        if (_pages.TryRemove(key, out var old))
        {
            _bytes -= old.Size;
            foreach (var tag in old.Tags)
            {
                if (_byTag.TryGetValue(tag, out var keys))
                {
                    keys.Remove(key);
                }
            }
        }
    }

    // Drops the least recently used quarter: rare, and cheaper than keeping an exact order.
    private void Trim()
    {
        foreach (var page in _pages.Values.OrderBy(p => p.LastUsed).Take(Math.Max(1, _pages.Count / 4)).ToList())
        {
            Remove(page.Key);
        }
    }
}
