namespace Byline.Import;

public enum ImportOutcome
{
    Imported,
    Updated,
    Skipped,
}

// Slug is where the story now lives: for an update, the story that was already there.
public sealed record ImportResult(string File, ImportOutcome Outcome, string? Title = null, string? Reason = null, string? Slug = null);

// Raised for a file that cannot be imported; the message is what the person running the import reads.
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);
