using System.Globalization;

namespace Byline.Newsroom.Stories;

// The editor's fields as posted. Authors come as an ordered list of selects ("Author 1", "Author 2"...),
// so the byline's order needs no script; tags are one comma-separated line.
public sealed class StoryForm
{
    public string? Headline { get; set; }
    public string? Dek { get; set; }
    public string? Dateline { get; set; }
    public string? Body { get; set; }
    public List<string?> AuthorIds { get; set; } = [];
    public string? SectionId { get; set; }
    public string? Tags { get; set; }

    // Tags ticked among those suggested from the people, organisations and places in the text.
    public List<string> AddTags { get; set; } = [];
    public string? ImageUrl { get; set; }
    public string? ImageAlt { get; set; }
    public string? ImageCaption { get; set; }
    public string? ImageCredit { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public string? CanonicalUrl { get; set; }
    public string? Slug { get; set; }
    public int Version { get; set; }

    // A wall-clock time in the publication's zone, as <input type="datetime-local"> sends it.
    public string? ScheduleAt { get; set; }
    public string? Note { get; set; }

    public StorySnapshot ToSnapshot() => new()
    {
        Headline = Headline ?? "",
        Dek = Dek,
        Dateline = Dateline,
        Body = Body ?? "",
        Authors = [.. AuthorIds.Select(a => int.TryParse(a, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().Select(id => new SnapshotAuthor(id, ""))],
        SectionId = int.TryParse(SectionId, CultureInfo.InvariantCulture, out var section) ? section : null,
        Tags = [.. (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(AddTags.Select(t => t.Replace(',', ' ').Trim()).Where(t => t.Length > 0)).Distinct(StringComparer.OrdinalIgnoreCase)],
        ImageUrl = ImageUrl,
        ImageAlt = ImageAlt,
        ImageCaption = ImageCaption,
        ImageCredit = ImageCredit,
        SeoTitle = SeoTitle,
        SeoDescription = SeoDescription,
        CanonicalUrl = CanonicalUrl,
        Slug = Slug ?? "",
    };

    public static StoryForm From(StorySnapshot snapshot, int version) => new()
    {
        Headline = snapshot.Headline,
        Dek = snapshot.Dek,
        Dateline = snapshot.Dateline,
        Body = snapshot.Body,
        AuthorIds = [.. snapshot.Authors.Select(a => a.Id.ToString(CultureInfo.InvariantCulture))],
        SectionId = snapshot.SectionId?.ToString(CultureInfo.InvariantCulture),
        Tags = string.Join(", ", snapshot.Tags),
        ImageUrl = snapshot.ImageUrl,
        ImageAlt = snapshot.ImageAlt,
        ImageCaption = snapshot.ImageCaption,
        ImageCredit = snapshot.ImageCredit,
        SeoTitle = snapshot.SeoTitle,
        SeoDescription = snapshot.SeoDescription,
        CanonicalUrl = snapshot.CanonicalUrl,
        Slug = snapshot.Slug,
        Version = version,
    };

    public bool TryScheduleTime(TimeZoneInfo zone, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(ScheduleAt?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || PublicationTime.ToUtc(local, zone) is not { } converted)
        {
            return false;
        }

        utc = converted;
        return true;
    }
}
