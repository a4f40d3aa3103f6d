namespace Byline.Text;

/// <summary>Time-zone abbreviations printed after a story's time, as offsets from UTC.</summary>
internal static class ZoneAbbreviations
{
    // Zones newsrooms print after a time. IST is India's (+05:30): the sites this reads are Indian
    // and South Asian more often than Irish or Israeli. Unknown abbreviations count as UTC.
    private static readonly Dictionary<string, TimeSpan> _zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["IST"] = new(5, 30, 0), ["PKT"] = TimeSpan.FromHours(5), ["NPT"] = new(5, 45, 0),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2),
        ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3), ["GST"] = TimeSpan.FromHours(4),
        ["SGT"] = TimeSpan.FromHours(8), ["MYT"] = TimeSpan.FromHours(8), ["HKT"] = TimeSpan.FromHours(8),
        ["PHT"] = TimeSpan.FromHours(8), ["WIB"] = TimeSpan.FromHours(7), ["JST"] = TimeSpan.FromHours(9),
        ["KST"] = TimeSpan.FromHours(9), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
    };

    // "ET" and its kin name a region, not an offset: standard or daylight time depends on the day.
    private static readonly Dictionary<string, (string Region, int StandardHours)> _regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ET"] = ("America/New_York", -5), ["CT"] = ("America/Chicago", -6),
        ["MT"] = ("America/Denver", -7), ["PT"] = ("America/Los_Angeles", -8),
    };

    public static TimeSpan Offset(string abbreviation, DateTime local)
    {
        if (!_regions.TryGetValue(abbreviation, out var region))
        {
            return _zones.GetValueOrDefault(abbreviation, TimeSpan.Zero);
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(region.Region);
            return zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeSpan.FromHours(region.StandardHours); // a system without time-zone data
        }
    }
}
