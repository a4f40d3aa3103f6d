namespace Byline.Articles;

// The newsroom types and reads times in the publication's zone (PublicationSettings.TimeZone, an
// IANA or Windows id, UTC by default); the database keeps UTC.
public static class PublicationTime
{
    public static async Task<TimeZoneInfo> ZoneAsync(BylineDb db, CancellationToken ct)
    {
        var id = await db.Publication.AsNoTracking().OrderBy(p => p.Id).Select(p => p.TimeZone).FirstOrDefaultAsync(ct);
        return Find(id);
    }

    public static TimeZoneInfo Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    // Null for a wall-clock time that does not exist in the zone (the hour skipped when clocks go forward).
    public static DateTime? ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(unspecified) ? null : TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
