using Byline.Newsroom.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Byline.Articles;

// Keeps the old address of a story or page when its slug changes, whoever changes it (the
// newsroom, the Admin API, a re-import, a restore): it watches the change tracker before every
// save, so no caller can forget. Links already shared, indexed or printed keep working.
//   - A published story's old slug becomes a StoryRedirect; a draft's never was public, so it doesn't.
//   - A slug that a story takes (new, renamed, or renamed back) stops redirecting: the story wins.
//   - Each change of a public address is written to the audit log in the same save.
// Its rows need no cache eviction: the page cache keeps 200s only, never a 301, and the renamed
// story's own save already evicts the page cached at its old address.
public sealed class SlugRedirects(TimeProvider time, IHttpContextAccessor? http = null) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BylineDb db)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await StoriesAsync(db, now, cancellationToken);
            await PagesAsync(db, now, cancellationToken);
        }

        return result;
    }

    private async Task StoriesAsync(BylineDb db, DateTime now, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<Story>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var taking = entries.Where(e => e.State == EntityState.Added || Renamed(e) is not null).Select(e => e.Entity.Slug).ToList();
        if (taking.Count == 0)
        {
            return;
        }

        db.StoryRedirects.RemoveRange(await db.StoryRedirects.Where(r => taking.Contains(r.Slug)).ToListAsync(ct));
        foreach (var entry in entries.Where(e => e.State == EntityState.Modified))
        {
            if (Renamed(entry) is not { } old)
            {
                continue;
            }

            // A draft's slug was never public (and may follow its headline on every save): no
            // redirect, and no line in the audit log.
            if (entry.OriginalValues.GetValue<StoryStatus>(nameof(Story.Status)) != StoryStatus.Published)
            {
                continue;
            }

            if (!taking.Contains(old))
            {
                var redirect = await db.StoryRedirects.FirstOrDefaultAsync(r => r.Slug == old, ct);
                if (redirect is null)
                {
                    db.StoryRedirects.Add(new StoryRedirect { Slug = old, StoryId = entry.Entity.Id, CreatedAt = now });
                }
                else
                {
                    redirect.StoryId = entry.Entity.Id;
                }
            }

            db.AuditLog.Add(Audit(now, AuditActions.StorySlugChanged, $"story {entry.Entity.Id}", $"{old} to {entry.Entity.Slug}"));
        }
    }

    private async Task PagesAsync(BylineDb db, DateTime now, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<Page>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var taking = entries.Where(e => e.State == EntityState.Added || Renamed(e) is not null).Select(e => e.Entity.Slug).ToList();
        if (taking.Count == 0)
        {
            return;
        }

        db.PageRedirects.RemoveRange(await db.PageRedirects.Where(r => taking.Contains(r.Slug)).ToListAsync(ct));
        foreach (var entry in entries.Where(e => e.State == EntityState.Modified))
        {
            if (Renamed(entry) is not { } old)
            {
                continue;
            }

            var redirect = taking.Contains(old) ? null : await db.PageRedirects.FirstOrDefaultAsync(r => r.Slug == old, ct);
            if (redirect is not null)
            {
                redirect.PageId = entry.Entity.Id;
            }
            else if (!taking.Contains(old))
            {
                db.PageRedirects.Add(new PageRedirect { Slug = old, PageId = entry.Entity.Id, CreatedAt = now });
            }

            db.AuditLog.Add(Audit(now, AuditActions.PageSlugChanged, $"page {entry.Entity.Id}", $"{old} to {entry.Entity.Slug}"));
        }
    }

    // The slug before this save, when the save changes it.
    private static string? Renamed(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified)
        {
            return null;
        }

        var slug = entry.Property("Slug");
        var old = (string?)slug.OriginalValue;
        return old is not null && !string.Equals(old, (string?)slug.CurrentValue, StringComparison.Ordinal) ? old : null;
    }

    // Who: the signed-in newsroom user, or the Admin API key by name, or the command line.
    private AuditEntry Audit(DateTime now, string action, string subject, string detail)
    {
        var context = http?.HttpContext;
        (string?, string?)? actor = context is not null && context.Items.TryGetValue(Api.Admin.AdminKeyCheck.KeyNameItem, out var key) ? (null, $"Admin API key: {key}") : null;
        return AuditLog.Entry(context, now, action, subject, detail, actor);
    }
}
