namespace Byline.Text;

/// <summary>
/// Turns pasted text into tidy lines: one line ending, no BOM, every run of spaces, tabs and
/// non-breaking spaces collapsed to one space. Letters and punctuation are never changed, so
/// curly quotes and accents survive exactly as typed.
/// </summary>
internal static class StoryLines
{
    public static IReadOnlyList<string> Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new StoryTextException("The story text is empty.");
        }

        if (LooksBinary(text))
        {
            throw new StoryTextException(
                "The text looks like binary data (it contains NUL or many control characters), not a story.");
        }

        // ReplaceLineEndings folds CRLF, CR, NEL, LS and PS into one newline.
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return Array.ConvertAll(lines, Tidy);
    }

    // A file saved from a word processor or a PDF, or a wrong upload, shows up as NUL bytes or
    // a thick scatter of control characters (and U+FFFD where bytes failed to decode).
    private static bool LooksBinary(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        var suspicious = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        return suspicious >= 3 && suspicious * 20 > text.Length;
    }

    private static string Tidy(string line)
    {
        var tidy = new System.Text.StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = tidy.Length > 0;
                continue;
            }

            // Stray control characters and BOMs (U+FEFF) are invisible debris of copying.
            if (char.IsControl(c) || c == '\uFEFF')
            {
                continue;
            }

            if (pendingSpace)
            {
                tidy.Append(' ');
                pendingSpace = false;
            }

            tidy.Append(c);
        }

        return tidy.ToString();
    }
}
