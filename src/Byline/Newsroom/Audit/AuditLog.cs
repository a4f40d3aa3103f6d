using System.Security.Claims;

namespace Byline.Newsroom.Audit;

// Writes audit lines. Each line is saved at once, on its own, so a failed or refused action is
// recorded even when nothing else is saved; callers that change data save their change first.
public sealed class AuditLog(BylineDb db, TimeProvider time, IHttpContextAccessor http)
{
    public async Task RecordAsync(string action, string? subject = null, string? detail = null, (string? Id, string? Email)? actor = null, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var (actorId, actorEmail) = actor ?? (user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name);
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            ActorEmail = Trim(actorEmail, 256),
            Action = action,
            Subject = Trim(subject, 256),
            Detail = Trim(detail, 1000),
            Address = context?.Connection.RemoteIpAddress?.ToString() ?? (context is null ? "command line" : null),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Trim(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
