using System.CommandLine;

namespace Byline.Cli;

// `byline key add NAME`: a Content API key and an Admin API key for an integration.
public static class KeyCommands
{
    public static Command Create() => new("key", "Manage API keys for integrations.");
}
