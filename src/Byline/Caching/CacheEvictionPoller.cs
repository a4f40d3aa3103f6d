using Microsoft.Extensions.Options;

namespace Byline.Caching;

// Reads the evictions recorded by every node and every CLI run, and applies them here. Records are
// read by time, not by id: a transaction that commits late may carry an earlier id. Applying one
// twice is harmless; each is applied once, and records older than an hour are swept away.
public sealed class CacheEvictionPoller(IServiceScopeFactory scopes, PageCache cache, IOptions<PageCacheOptions> options, TimeProvider time, ILogger<CacheEvictionPoller> logger)
    : BackgroundService
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private readonly Dictionary<long, DateTime> _applied = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollMilliseconds)), time);
        var sweep = time.GetUtcNow();

        // The cache starts empty: what was recorded before this process started needs no evicting.
        await ApplyNewAsync(stoppingToken, evict: false);
        do
        {
            try
            {
                await ApplyNewAsync(stoppingToken);
                if (time.GetUtcNow() - sweep > TimeSpan.FromMinutes(10))
                {
                    sweep = time.GetUtcNow();
                    await using var scope = scopes.CreateAsyncScope();
                    var old = sweep.UtcDateTime.AddHours(-1);
                    await scope.ServiceProvider.GetRequiredService<BylineDb>().CacheEvictions.Where(e => e.At < old).ExecuteDeleteAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read cache evictions; trying again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task ApplyNewAsync(CancellationToken cancellationToken, bool evict = true)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var since = time.GetUtcNow().UtcDateTime - Window;
        var recent = await db.CacheEvictions.AsNoTracking().Where(e => e.At >= since).Select(e => new { e.Id, e.Tags, e.At }).ToListAsync(cancellationToken);
        var fresh = recent.Where(e => !_applied.ContainsKey(e.Id)).ToList();
        if (fresh.Count > 0 && evict)
        {
            cache.Evict(fresh.SelectMany(e => e.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList());
        }

        foreach (var e in fresh)
        {
            _applied[e.Id] = e.At;
        }

        foreach (var old in _applied.Where(a => a.Value < since).Select(a => a.Key).ToList())
        {
            _applied.Remove(old);
        }
    }
}
