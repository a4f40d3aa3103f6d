using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Recognises a date line above or below a story: one or more dates, each perhaps labelled
/// ("Published:", "Updated"), with the company they keep on the page ("Updated 2 hours ago",
/// "3 min read", "Edited By: X"). Pieces are split at "|", "•" or a label ("... GMT+8 Updated 2 hours ago").
/// A numeric date that could be read either way (10/11/2025) still makes a date line, but gives no date.
/// </summary>
internal static partial class DateLines
{
    /// <summary>True when the line is a date line; <paramref name="chosen"/> is its readable date, if any.</summary>
    public static bool Scan(string line, out DatedLine? chosen)
    {
        chosen = null;
        // Every date has a digit in it (a day, a year); most lines of a story can be let go at once.
        if (line.Length > 200 || !line.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var dated = false;
        foreach (var piece in Piece().Split(line))
        {
            var label = Label().Match(piece);
            var value = piece[label.Length..];
            if (PublicationDates.Read(value) is { } date)
            {
                Choose(ref chosen, new DatedLine(date, KindOf(label)));
                dated = true;
            }
            else if (Undated(value))
            {
                dated = true;
            }
            else if (!Companion(piece))
            {
                return false;
            }
        }

        return dated;
    }

    /// <summary>"2 hours ago", "Updated 5 min ago", "just now".</summary>
    public static bool IsRelativeTime(string line) => RelativeTime().IsMatch(line);

    /// <summary>"3 min read", "Reading time: 4 minutes".</summary>
    public static bool IsReadingTime(string line) => ReadingTime().IsMatch(line);

    // A date the newsroom cannot use: "10/11/2025", whose day and month could swap. A relative
    // "2 hours ago" is only company: alone it is a slot, so it cannot make the line above a dek.
    private static bool Undated(string value) =>
        PublicationDates.IsNumericDate(NumericWithClock().Replace(value.Trim().TrimEnd('.', ','), string.Empty));

    // What sits beside a date without being one: the reading time, an editor's credit, a share button.
    private static bool Companion(string piece) => PageChrome.IsSlot(piece.Trim());

    private static DateLabel KindOf(Match label) =>
        !label.Success || label.Length == 0 ? DateLabel.None
        : label.Value.Contains("updated", StringComparison.OrdinalIgnoreCase)
            || label.Value.Contains("modified", StringComparison.OrdinalIgnoreCase) ? DateLabel.Updated
        : DateLabel.Published;

    // The story's date is when it first ran, so "Published" beats "Updated" on the same line.
    private static void Choose(ref DatedLine? chosen, DatedLine line)
    {
        if (chosen is null || (line.Label == DateLabel.Published && chosen.Label != DateLabel.Published))
        {
            chosen = line;
        }
    }

    [GeneratedRegex(@"\s+[|•·]\s+|(?<!\b(?:first|last))\s+(?=(?:last\s+)?(?:updated|modified)\b|(?:first\s+)?published\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Piece();

    [GeneratedRegex(@"^(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|last\s+modified|date|dated)(?:\s+(?:on|at))?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:updated\s+)?(?:about\s+|an?\s+|\d{1,3}\s*)(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|months?)\s+ago$|^just\s+now$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^(?:reading\s+time\s*:?\s*)?\d{1,3}\s*(?:-|\s)?\s*(?:min|mins|minutes?)(?:\s+read)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Za-z]{1,5})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericWithClock();
}
