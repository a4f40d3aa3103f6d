namespace Byline.Webhooks;

public sealed class WebhookOptions
{
    // How often each node looks for deliveries that are due.
    public double PollSeconds { get; set; } = 1;

    // The first retry waits this long; each later one twice as long as the one before.
    public double RetryBaseSeconds { get; set; } = 30;

    public int MaxAttempts { get; set; } = 8;

    public double TimeoutSeconds { get; set; } = 10;

    // Subscribers on loopback, private or link-local addresses are refused unless this is set
    // (SSRF: a webhook must not become a way to reach the server's own network).
    public bool AllowPrivateNetworks { get; set; }
}
