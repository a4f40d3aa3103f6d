using System.Globalization;
using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>A time of day printed with a date, and the offset from UTC its zone gives.</summary>
internal sealed record ClockTime(TimeSpan Time, string Zone);

/// <summary>
/// Reads the time printed beside a story's date: "10:42 AM IST", "3:14 PM GMT+8", "9:01 p.m. ET",
/// "06.00 GMT" (the Guardian's dot). It comes after the date or, in AP style, before it.
/// </summary>
internal static partial class Clocks
{
    /// <summary>Takes the time off either end of <paramref name="value"/>; false when a time is there but impossible.</summary>
    public static bool TryTake(ref string value, out ClockTime? clock)
    {
        clock = null;
        var after = After().Match(value);
        var found = after.Success ? after : Before().Match(value);
        if (!found.Success)
        {
            return true;
        }

        var hour = int.Parse(found.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(found.Groups["m"].Value, CultureInfo.InvariantCulture);
        var meridiem = found.Groups["ampm"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem[0] is 'p' or 'P' ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        value = after.Success ? value[..after.Index] : value[found.Length..];
        clock = new ClockTime(new TimeSpan(hour, minute, 0), found.Groups["zone"].Value);
        return true;
    }

    /// <summary>The zone's offset on that day: "GMT+8", "+05:30", or an abbreviation; null if it is impossible.</summary>
    public static TimeSpan? Offset(string zone, DateTime day)
    {
        if (ZoneOffset().Match(zone) is not { Success: true } numeric)
        {
            return ZoneAbbreviations.Offset(zone, day);
        }

        var hours = int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = numeric.Groups["m"].Success ? int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(hours, minutes, 0) * (numeric.Groups["sign"].Value == "-" ? -1 : 1);
        return offset.Duration() <= TimeSpan.FromHours(14) && minutes < 60 ? offset : null;
    }

    [GeneratedRegex(@"[,\s]+(?:at\s+)?(?<h>\d{1,2})[:.](?<m>\d{2})(?::\d{2})?\s*(?<ampm>[ap]\.?\s?m\.?)?\s*(?:\(?(?<zone>[A-Za-z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)\)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<m>\d{2})(?::\d{2})?\s*(?<ampm>[aApP]\.?\s?[mM]\.?)?\s*(?<zone>[A-Z]{2,5})?\s*,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(@"(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex ZoneOffset();
}
