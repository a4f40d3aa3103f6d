namespace Byline.Articles;

// Puts scheduled stories live when their time comes. Driven by the database, so it survives a
// restart, and safe with several nodes: a story is claimed with a conditional update that only one
// node can win, then saved once more through the change tracker so that its "published" webhook
// and search-index update happen as for any other publish.
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<ScheduledPublishing> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Byline:SchedulerSeconds", 5.0));
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled stories could not be published; trying again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Stories.Where(s => s.Status == StoryStatus.Scheduled && s.PublishedAt <= now).Select(s => s.Id).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Stories.Where(s => s.Id == id && s.Status == StoryStatus.Scheduled)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, StoryStatus.Published), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            // The row already says Published; tell the change tracker it was Scheduled so the save
            // carries the publish event to everything that listens for it.
            var story = await db.Stories.Include(s => s.Section).Include(s => s.Tags).Include(s => s.Authors).ThenInclude(a => a.Author)
                .SingleAsync(s => s.Id == id, cancellationToken);
            var status = db.Entry(story).Property(s => s.Status);
            status.OriginalValue = StoryStatus.Scheduled;
            status.IsModified = true;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            published++;
            logger.LogInformation("Published scheduled story {Id}", id);
        }

        return published;
    }
}
