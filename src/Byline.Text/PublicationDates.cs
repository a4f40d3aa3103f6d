using System.Globalization;
using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Reads the dates pages print near a headline: "October 27, 2025", "27 October 2025",
/// "Oct 27, 2025 10:42 AM", "Monday, 27th Oct 2025 at 10:42 IST", "2025-10-27", "28/10/2025".
/// Without a zone the time is taken as UTC (midnight when there is no time), because the page
/// gives nothing better. Numeric dates whose day and month could swap (10/11/2025) are refused.
/// </summary>
internal static partial class PublicationDates
{
    private static readonly string[] _formats =
    [
        "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "yyyy-M-d",
    ];

    /// <summary>A line that is only dates and their company ("Published: ... | Updated 2 hours ago").</summary>
    public static bool IsDateLine(string line) => DateLines.Scan(line, out _);

    /// <summary>The date a date line gives; null if the line is no date line or names no readable date.</summary>
    public static DatedLine? ReadLine(string line) => DateLines.Scan(line, out var chosen) ? chosen : null;

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

        if (!Clocks.TryTake(ref value, out var clock))
        {
            return null;
        }

        value = MonthNames.ToEnglish(Weekday().Replace(value.Trim(), string.Empty));
        value = Ordinal().Replace(value, "$1");
        value = Sept().Replace(value, "Sep");
        value = Spacing().Replace(value.Replace(',', ' ').Replace('.', ' '), " ").Trim();
        if (ReadDay(value) is not { } day)
        {
            return null;
        }

        var time = clock?.Time ?? TimeSpan.Zero;
        return Clocks.Offset(clock?.Zone ?? string.Empty, day + time) is { } offset ? new DateTimeOffset(day + time, offset) : null;
    }

    /// <summary>A numeric date such as "28/10/2025" or "10.11.25", readable or not.</summary>
    public static bool IsNumericDate(string value) => NumericDate().IsMatch(value.Trim());

    private static DateTime? ReadDay(string value)
    {
        if (DateTime.TryParseExact(value, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.Year is < 1900 or > 2200 ? null : day;
        }

        var numeric = NumericDate().Match(value);
        if (!numeric.Success || numeric.Groups["y"].Length != 4)
        {
            return null;
        }

        // Only when the day cannot be a month is the order clear: 28/10/2025, never 10/11/2025.
        var (first, second) = (int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture));
        var (d, m) = value[4] == '/' ? (first, second)
            : first > 12 && second <= 12 ? (first, second) : second > 12 && first <= 12 ? (second, first) : (0, 0);
        var year = int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture);
        return m > 0 && year is >= 1900 and <= 2200 && d <= DateTime.DaysInMonth(year, m) ? new DateTime(year, m, d) : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")]
    private static partial Regex IsoStamp();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<y>\d{4}|\d{2})$|^(?<y>\d{4})/(?<b>\d{1,2})/(?<a>\d{1,2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|isnin|senin|selasa|rabu|khamis|kamis|jumaat|jumat|sabtu|ahad|minggu)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sept();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
