namespace Byline.Newsroom.Audit;

// One line of the audit log: who did what to what, when, and from which address. The actor's
// e-mail is copied, not only referenced, so the line still reads right after the account changes.
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public string? ActorEmail { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Detail { get; set; }
    public string? Address { get; set; }
}
