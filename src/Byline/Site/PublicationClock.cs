using System.Globalization;
using Byline.Site.Views;

namespace Byline.Site;

// Times are stored in UTC and shown in the publication's zone: "26 October 2025, 2:30 PM GMT+8".
public sealed class PublicationClock
{
    private readonly TimeZoneInfo _zone;

    public PublicationClock(string timeZoneId)
    {
        _zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public string Zone => _zone.Id;

    // A wall-clock time typed in the publication's zone, as UTC (a time skipped by a clock change
    // is read as the hour after it).
    public DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(_zone.IsInvalidTime(local) ? local.AddHours(1) : local, _zone);
    }

    public DateTimeOffset Local(DateTime utc)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(instant).ToOffset(_zone.GetUtcOffset(instant));
    }

    // The instant a calendar day begins in the publication's zone; where midnight is skipped by a
    // clock change, the first hour that exists.
    public DateTime StartOfDayUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (_zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, _zone);
    }

    public TimeView View(DateTime utc)
    {
        var local = Local(utc);
        var offset = local.Offset;
        var zone = offset == TimeSpan.Zero ? "GMT"
            : "GMT" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(offset.Minutes == 0 ? "%h" : @"h\:mm", CultureInfo.InvariantCulture);
        return new TimeView(
            local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            local.ToString("d MMMM yyyy, h:mm tt", CultureInfo.InvariantCulture) + " " + zone);
    }
}
