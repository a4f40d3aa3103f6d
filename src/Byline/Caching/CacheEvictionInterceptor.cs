using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Byline.Caching;

// Works out, before each save, which cached responses the save makes stale; records them in the
// save's own transaction (for the other nodes) and evicts them here as soon as the save is done.
// Inside a longer transaction the local eviction may come before the commit; the poller evicts
// again once the record is visible, so nothing stale outlives the commit by more than a poll. A CLI
// process has no cache of its own and only records.
public sealed class CacheEvictionInterceptor(TimeProvider time, PageCache? cache = null) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BylineDb db)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var tags = await EvictionTags.ForAsync(db, now, cancellationToken);
            if (tags.Count > 0)
            {
                db.CacheEvictions.Add(new CacheEviction { Tags = string.Join(' ', tags), At = now });
                _pending.AddOrUpdate(db, tags);
            }
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _pending.TryGetValue(db, out var tags))
        {
            _pending.Remove(db);
            cache?.Evict(tags);
        }

        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            _pending.Remove(db);
        }

        return Task.CompletedTask;
    }
}
