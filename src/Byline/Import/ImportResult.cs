namespace Byline.Import;

public enum ImportOutcome
{
    Imported,
    Updated,
    Skipped,
}

public sealed record ImportResult(string File, ImportOutcome Outcome, string? Title = null, string? Reason = null);

// Raised for a file that cannot be imported; the message is what the person running the import reads.
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);
