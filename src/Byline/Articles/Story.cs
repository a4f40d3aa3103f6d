namespace Byline.Articles;

public enum StoryStatus
{
    Draft = 0,
    InReview = 1,
    Scheduled = 2,
    Published = 3,
    Unpublished = 4,
}

public class Story
{
    public int Id { get; set; }

    // Stable across slug and headline changes: feed item ids and API uuids.
    public Guid PublicId { get; set; } = Guid.NewGuid();
    public required string Headline { get; set; }
    public required string Slug { get; set; }
    public string? Dek { get; set; }
    public string? Dateline { get; set; }

    // The Markdown is the source of truth; BodyHtml is rendered and sanitized once, at save.
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    public int? SectionId { get; set; }
    public Section? Section { get; set; }
    public List<StoryAuthor> Authors { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public FeaturedImage? FeaturedImage { get; set; }

    public StoryStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public string? CanonicalUrl { get; set; }
    public List<Correction> Corrections { get; set; } = [];

    // What identifies an imported story ("text:<hash>", "md:<id>"; Import/StoryIdentity), so a
    // re-import updates it and a different story with the same headline is kept beside it.
    public string? SourceKey { get; set; }

    // The newsroom account that started the story; null for imported and API-made stories.
    public string? CreatedByUserId { get; set; }

    // Optimistic concurrency: every save raises it, and a save that read an older value is refused
    // by the database, so two people editing at once never silently overwrite each other.
    public int Version { get; set; }

    // An edit to a live story waits here (a StoryRevision) until someone publishes it.
    public int? PendingRevisionId { get; set; }
}

// The join keeps the order of the byline: "By A and B" is not "By B and A".
public class StoryAuthor
{
    public int StoryId { get; set; }
    public Story? Story { get; set; }
    public int AuthorId { get; set; }
    public Author? Author { get; set; }
    public int Position { get; set; }
}

public class FeaturedImage
{
    public string Url { get; set; } = "";
    public string Alt { get; set; } = "";
    public string? Caption { get; set; }
    public string? Credit { get; set; }
}

// A correction says the story was wrong; an update says it has moved on. Readers and search
// engines are told which (only corrections become schema.org CorrectionComments).
public enum CorrectionKind
{
    Correction = 0,
    Update = 1,
}

// A note appended to a published story. Plain text, shown escaped wherever it appears.
public class Correction
{
    public const int MaxLength = 4000;

    public int Id { get; set; }
    public int StoryId { get; set; }
    public CorrectionKind Kind { get; set; }
    public DateTime At { get; set; }
    public required string Text { get; set; }
}
