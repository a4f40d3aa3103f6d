using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// The audit log, newest first, a hundred lines a page. Administrators only.
[Authorize(Policy = Roles.Administrator)]
public sealed class AuditModel(BylineDb db) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public long? Older { get; private set; }

    public async Task OnGetAsync(long? before, CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsNoTracking();
        if (before is long id)
        {
            query = query.Where(e => e.Id < id);
        }

        var entries = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Entries = [.. entries.Take(PageSize)];
        Older = entries.Count > PageSize ? Entries[^1].Id : null;
    }
}
