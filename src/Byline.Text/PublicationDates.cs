using System.Globalization;
using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Reads the dates pages print near a headline: "October 27, 2025", "27 October 2025",
/// "Oct 27, 2025 10:42 AM", "Monday, 27th Oct 2025 at 10:42 IST", "2025-10-27".
/// Without a zone the time is taken as UTC (midnight when there is no time), because the page
/// gives nothing better. Numeric day/month forms like 10/11/2025 are refused: they are ambiguous.
/// </summary>
internal static partial class PublicationDates
{
    private static readonly string[] _formats =
    [
        "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "yyyy-M-d",
    ];

    /// <summary>A line that is only a date or dates ("Published: ... | Updated: ..."); null if not one.</summary>
    public static DatedLine? ReadLine(string line)
    {
        DatedLine? chosen = null;
        foreach (var segment in Segment().Split(line))
        {
            var label = Label().Match(segment);
            if (!label.Success && PageChrome.IsSlot(segment))
            {
                continue; // "4 min read" beside the date
            }

            if (Read(segment[label.Length..]) is not { } date)
            {
                return null;
            }

            var kind = !label.Success ? DateLabel.None
                : label.Value.Contains("updated", StringComparison.OrdinalIgnoreCase)
                    || label.Value.Contains("modified", StringComparison.OrdinalIgnoreCase) ? DateLabel.Updated
                : DateLabel.Published;

            // The story's date is when it first ran, so "Published" beats "Updated" on the same line.
            if (chosen is null || (kind == DateLabel.Published && chosen.Label != DateLabel.Published))
            {
                chosen = new DatedLine(date, kind);
            }
        }

        return chosen;
    }

    public static DateTimeOffset? Read(string text)
    {
        var value = text.Trim().TrimEnd('.', ',', ' ');
        if (value.Length is < 6 or > 60)
        {
            return null;
        }

        if (IsoStamp().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return stamp;
        }

        var offset = TimeSpan.Zero;
        var time = TimeSpan.Zero;
        // The time comes after the date ("Oct 27, 2025 10:42 AM") or, in AP style, before it.
        var clock = Clock().Match(value);
        var clockFirst = clock.Success ? clock : ClockFirst().Match(value);
        if (clockFirst.Success)
        {
            if (!TryReadClock(clockFirst, out time, out offset))
            {
                return null;
            }

            value = clock.Success ? value[..clock.Index] : value[clockFirst.Length..];
        }

        value = Weekday().Replace(value, string.Empty);
        value = Ordinal().Replace(value, "$1");
        value = Sept().Replace(value, "Sep");
        value = Spacing().Replace(value.Replace(',', ' ').Replace('.', ' '), " ").Trim();
        if (!DateTime.TryParseExact(value, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day.Year is < 1900 or > 2200)
        {
            return null;
        }

        return new DateTimeOffset(day + time, offset);
    }

    private static bool TryReadClock(Match clock, out TimeSpan time, out TimeSpan offset)
    {
        var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
        var meridiem = clock.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                (time, offset) = (TimeSpan.Zero, TimeSpan.Zero);
                return false;
            }

            hour = (hour % 12) + (meridiem.StartsWith('p') || meridiem.StartsWith('P') ? 12 : 0);
        }

        var zone = clock.Groups["zone"].Value;
        offset = ZoneOffset().Match(zone) is { Success: true } numeric
            ? new TimeSpan(int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture), numeric.Groups["m"].Success ? int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture) : 0, 0) * (numeric.Groups["sign"].Value == "-" ? -1 : 1)
            : ZoneAbbreviations.Offset(zone);
        time = new TimeSpan(hour, minute, 0);
        return hour < 24 && minute < 60 && offset.Duration() <= TimeSpan.FromHours(14);
    }

    [GeneratedRegex(@"\s+[|•·]\s+")]
    private static partial Regex Segment();

    [GeneratedRegex(@"^(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|last\s+modified|date|dated)(?:\s+(?:on|at))?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")]
    private static partial Regex IsoStamp();

    [GeneratedRegex(@"[,\s]+(?:at\s+)?(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?\s*(?<ampm>[ap]\.?\s?m\.?)?\s*(?:\(?(?<zone>[A-Za-z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)\)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?\s*(?<ampm>[aApP]\.?\s?[mM]\.?)?\s*(?<zone>[A-Z]{2,5})?\s*,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClockFirst();

    [GeneratedRegex(@"(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex ZoneOffset();

    [GeneratedRegex(@"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sept();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
