namespace Byline.Webhooks;

// A subscription: when a story is published, updated, unpublished or deleted, POST the story to
// TargetUrl, signed with Secret.
public class Webhook
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Event { get; set; }
    public required string TargetUrl { get; set; }
    public required string Secret { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}

public enum DeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}

// One event on its way to one subscriber, and the log of trying. Rows are written in the same
// transaction as the change that caused them, and sent later by WebhookSender, so a slow or dead
// subscriber never holds up publishing.
public class WebhookDelivery
{
    public long Id { get; set; }
    public int WebhookId { get; set; }
    public Webhook? Webhook { get; set; }
    public required string Event { get; set; }
    public required string Payload { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}
