using System.Security.Claims;

namespace Byline.Newsroom.Audit;

// Writes audit lines. Each line is saved at once, on its own, so a failed or refused action is
// recorded even when nothing else is saved; callers that change data save their change first.
public sealed class AuditLog(BylineDb db, TimeProvider time, IHttpContextAccessor http)
{
    public async Task RecordAsync(string action, string? subject = null, string? detail = null, (string? Id, string? Email)? actor = null, CancellationToken cancellationToken = default)
    {
        db.Add(Entry(http.HttpContext, time.GetUtcNow().UtcDateTime, action, subject, detail, actor));
        await db.SaveChangesAsync(cancellationToken);
    }

    // A line for the given request (or the command line when there is none), for callers that add
    // it to a save of their own, such as SlugRedirects.
    public static AuditEntry Entry(HttpContext? context, DateTime at, string action, string? subject, string? detail, (string? Id, string? Email)? actor = null)
    {
        var user = context?.User;
        var (actorId, actorEmail) = actor ?? (user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name);
        return new AuditEntry
        {
            At = at,
            ActorId = actorId,
            ActorEmail = Trim(actorEmail, 256),
            Action = action,
            Subject = Trim(subject, 256),
            Detail = Trim(detail, 1000),
            Address = context?.Connection.RemoteIpAddress?.ToString() ?? (context is null ? "command line" : null),
        };
    }

    private static string? Trim(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
