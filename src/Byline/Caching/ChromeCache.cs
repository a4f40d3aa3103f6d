using Byline.Site.Views;

namespace Byline.Caching;

// What every reader page reads besides its own content, kept in memory: the publication's
// settings, the section list and the ad slots (one snapshot), and the Latest rail. They are
// dropped by the same eviction tags as the page cache, locally at save and on every other node by
// CacheEvictionPoller, so a change shows as soon as a cached page would. A snapshot read while an
// eviction happened may predate it, so it is used once and not kept (the same rule as PageCache).
public sealed class ChromeCache(TimeProvider time)
{
    // The rail also waits for the next scheduled story to go live, which no save announces.
    private static readonly TimeSpan LatestAtMost = TimeSpan.FromMinutes(5);

    // A card shows its story's fields, its section's and its authors' names and its bylines. Any
    // change to one of those drops the rail: saves are rare, and it is two queries to read again.
    private static readonly string[] LatestShows = ["story:", "section:", "author:", "list:author:"];
    private readonly Lock _lock = new();
    private long _version;
    private ChromeSnapshot? _chrome;
    private LatestSnapshot? _latest;

    public async Task<ChromeSnapshot> ChromeAsync(Func<Task<ChromeSnapshot>> load)
    {
        if (Volatile.Read(ref _chrome) is { } cached)
        {
            return cached;
        }

        var version = Interlocked.Read(ref _version);
        var fresh = await load();
        lock (_lock)
        {
            if (_version == version)
            {
                _chrome = fresh;
            }
        }

        return fresh;
    }

    public async Task<IReadOnlyList<LatestCard>> LatestAsync(Func<Task<(IReadOnlyList<LatestCard> Cards, DateTime? NextScheduled)>> load)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (Volatile.Read(ref _latest) is { } cached && cached.Until > now)
        {
            return cached.Cards;
        }

        var version = Interlocked.Read(ref _version);
        var (cards, next) = await load();
        var until = now + LatestAtMost;
        lock (_lock)
        {
            if (_version == version)
            {
                _latest = new LatestSnapshot(cards, next is { } n && n < until ? n : until);
            }
        }

        return cards;
    }

    public void Evict(IEnumerable<string> tags)
    {
        lock (_lock)
        {
            _version++;
            foreach (var tag in tags)
            {
                if (tag is CacheTags.Everything or CacheTags.Chrome)
                {
                    _chrome = null;
                    _latest = null;
                }
                else if (tag == CacheTags.Latest || LatestShows.Any(p => tag.StartsWith(p, StringComparison.Ordinal)))
                {
                    _latest = null;
                }
            }
        }
    }

    private sealed record LatestSnapshot(IReadOnlyList<LatestCard> Cards, DateTime Until);
}

public sealed record ChromeSnapshot(PublicationSettings Publication, IReadOnlyList<(string Name, string Slug)> Sections, IReadOnlyList<AdSlot> Ads);

public sealed record LatestCard(string Slug, StoryCard Card);
