using System.Text.Json;

namespace Byline.Articles;

// A story's body and metadata at one moment: what a revision keeps, what the editor's form holds,
// and what is applied back to the story on save, restore or "publish changes".
public sealed record StorySnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Headline { get; init; } = "";
    public string? Dek { get; init; }
    public string? Dateline { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<SnapshotAuthor> Authors { get; init; } = [];
    public int? SectionId { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }
    public string? ImageCaption { get; init; }
    public string? ImageCredit { get; init; }
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }
    public string? CanonicalUrl { get; init; }
    public string Slug { get; init; } = "";
    public StoryStatus Status { get; init; }
    public DateTime? PublishedAt { get; init; }

    // The story's Authors (with Author), Section and Tags must be loaded.
    public static StorySnapshot Of(Story story) => new()
    {
        Headline = story.Headline,
        Dek = story.Dek,
        Dateline = story.Dateline,
        Body = story.BodyMarkdown,
        Authors = [.. story.Authors.OrderBy(a => a.Position).Select(a => new SnapshotAuthor(a.AuthorId, a.Author?.Name ?? ""))],
        SectionId = story.SectionId,
        Section = story.Section?.Name,
        Tags = [.. story.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name)],
        ImageUrl = story.FeaturedImage?.Url,
        ImageAlt = story.FeaturedImage?.Alt,
        ImageCaption = story.FeaturedImage?.Caption,
        ImageCredit = story.FeaturedImage?.Credit,
        SeoTitle = story.SeoTitle,
        SeoDescription = story.SeoDescription,
        CanonicalUrl = story.CanonicalUrl,
        Slug = story.Slug,
        Status = story.Status,
        PublishedAt = story.PublishedAt,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StorySnapshot FromJson(string json) => JsonSerializer.Deserialize<StorySnapshot>(json, Json) ?? new StorySnapshot();

    // The metadata as labelled lines, in the order the editor shows them: what a diff compares field by field.
    public IReadOnlyList<(string Field, string Value)> Fields() =>
    [
        ("Headline", Headline),
        ("Dek", Dek ?? ""),
        ("Dateline", Dateline ?? ""),
        ("Authors", string.Join(", ", Authors.Select(a => a.Name))),
        ("Section", Section ?? ""),
        ("Tags", string.Join(", ", Tags)),
        ("Image", ImageUrl ?? ""),
        ("Alt text", ImageAlt ?? ""),
        ("Caption", ImageCaption ?? ""),
        ("Credit", ImageCredit ?? ""),
        ("SEO title", SeoTitle ?? ""),
        ("SEO description", SeoDescription ?? ""),
        ("Canonical URL", CanonicalUrl ?? ""),
        ("Slug", Slug),
        ("Status", Status.ToString()),
        ("Publish time", PublishedAt?.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    ];
}

public sealed record SnapshotAuthor(int Id, string Name);
