using System.CommandLine;

namespace Byline.Cli;

// `byline webhook add|list|remove|deliveries`: subscriptions to story events.
public static class WebhookCommands
{
    public static Command Create() => new("webhook", "Manage webhook subscriptions to story events.");
}
