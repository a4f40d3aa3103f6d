using System.Globalization;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// The audit log, newest first, a hundred lines a page, narrowed by who, what and when (UTC days).
// Administrators only.
[Authorize(Policy = Roles.Administrator)]
public sealed class AuditModel(BylineDb db) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public long? Older { get; private set; }
    public string? Who { get; private set; }
    public string? Action { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task OnGetAsync(long? before, string? who, string? action, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        Who = Desk.FormText.Clean(who) is { Length: <= 256 } w ? w.ToLowerInvariant() : null;
        Action = Desk.FormText.Clean(action) is { Length: <= 100 } a ? a : null;
        (From, To) = (from, to);
        var query = db.AuditLog.AsNoTracking();
        if (Who is not null)
        {
#pragma warning disable CA1862 // EF translates ToLower; it cannot translate a StringComparison.
            query = query.Where(e => e.ActorEmail != null && e.ActorEmail.ToLower().Contains(Who));
#pragma warning restore CA1862
        }

        if (Action is not null)
        {
            query = query.Where(e => e.Action == Action);
        }

        if (from is DateOnly start)
        {
            var since = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At >= since);
        }

        if (to is DateOnly end)
        {
            var until = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At < until);
        }

        if (before is long id)
        {
            query = query.Where(e => e.Id < id);
        }

        var entries = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Entries = [.. entries.Take(PageSize)];
        Older = entries.Count > PageSize ? Entries[^1].Id : null;
        Actions = await db.AuditLog.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    public string OlderLink(long before)
    {
        var query = new Dictionary<string, string?> { ["before"] = before.ToString(CultureInfo.InvariantCulture), ["who"] = Who, ["action"] = Action,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/newsroom/audit", query.Where(p => p.Value is not null));
    }
}
