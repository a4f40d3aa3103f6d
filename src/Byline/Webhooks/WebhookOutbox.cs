using Byline.Api.Content;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Byline.Webhooks;

// Turns every save that publishes, edits, unpublishes or deletes a live story into delivery rows,
// in the same transaction as the change (an outbox): a change is never saved without its
// deliveries, and a delivery never goes out for a change that was rolled back.
public sealed class WebhookOutbox(TimeProvider time) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BylineDb db)
        {
            await EnqueueAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Byline saves asynchronously; a synchronous SaveChanges would skip webhooks.");

    private async Task EnqueueAsync(BylineDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var changes = db.ChangeTracker.Entries<Story>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Event: WebhookEvents.For(WasLive(e, now), e.State != EntityState.Deleted && IsLive(e.Entity, now), e.State == EntityState.Deleted)))
            .Where(c => c.Event is not null)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var events = changes.Select(c => c.Event!).Distinct().ToList();
        var subscribers = await db.Webhooks.Where(w => w.Enabled && events.Contains(w.Event)).ToListAsync(cancellationToken);
        if (subscribers.Count == 0)
        {
            return;
        }

        var site = await ContentSite.LoadAsync(db, cancellationToken);
        foreach (var (entry, name) in changes)
        {
            var payload = WebhookPayload.Snapshot(entry, site);
            foreach (var webhook in subscribers.Where(w => w.Event == name))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    WebhookId = webhook.Id,
                    Event = name!,
                    Payload = payload,
                    Status = DeliveryStatus.Pending,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
    }

    private static bool IsLive(Story story, DateTime now) => story.Status == StoryStatus.Published && story.PublishedAt <= now;

    private static bool WasLive(EntityEntry<Story> entry, DateTime now) =>
        entry.State != EntityState.Added &&
        entry.OriginalValues.GetValue<StoryStatus>(nameof(Story.Status)) == StoryStatus.Published &&
        entry.OriginalValues.GetValue<DateTime?>(nameof(Story.PublishedAt)) <= now;
}
