namespace Byline.Import;

// A story on its way in, whatever file it came from; StoryWriter turns it into rows.
public sealed record IncomingStory
{
    public required string Headline { get; init; }
    public string? Slug { get; init; }
    public string? SourceKey { get; init; }
    public string? Dek { get; init; }
    public string? Dateline { get; init; }
    public required string BodyMarkdown { get; init; }
    public IReadOnlyList<IncomingAuthor> Authors { get; init; } = [];
    public string? Section { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public StoryStatus Status { get; init; } = StoryStatus.Published;
    public DateTime? PublishedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
    public FeaturedImage? Image { get; init; }
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<(DateTime At, string Text)> Corrections { get; init; } = [];
}

// Slug, when given, picks an existing author exactly; otherwise the name's slug does.
public sealed record IncomingAuthor(string Name, string? Bio = null, string? Slug = null);

public sealed record IncomingPage(string Title, string? Slug, string BodyMarkdown, DateTime? UpdatedAt);
