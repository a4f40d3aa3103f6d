using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.Import;

// Everything a publication has, as one JSON document that `byline import` takes back on another
// install. Rows refer to each other by slug, never by database id, so the ids of the two installs
// need not agree. Rendered HTML is not carried: it is made again from the Markdown.
public sealed record ExportDocument(
    int BylineExport,
    DateTime ExportedAt,
    ExportPublication? Publication,
    IReadOnlyList<ExportSection> Sections,
    IReadOnlyList<ExportTag> Tags,
    IReadOnlyList<ExportAuthor> Authors,
    IReadOnlyList<ExportPage> Pages,
    IReadOnlyList<ExportAdSlot> AdSlots,
    IReadOnlyList<ExportStory> Stories)
{
    public const int CurrentVersion = 1;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    // Only a document that says what it is gets restored; any other .json is refused.
    public static bool LooksLikeExport(ReadOnlySpan<byte> json) => json.IndexOf("\"byline_export\""u8) >= 0;
}

public sealed record ExportPublication(
    string Name, string? Tagline, string BaseUrl, string Language, string TimeZone, string? LogoUrl, string? Copyright,
    IReadOnlyList<ExportLink> FooterLinks);

public sealed record ExportLink(string Label, string Url);

public sealed record ExportSection(string Name, string Slug, string? Description, int Position);

public sealed record ExportTag(string Name, string Slug, string? Description);

public sealed record ExportAuthor(
    string Name, string Slug, string? JobTitle, string? Bio, string? PhotoUrl, string? Website, IReadOnlyList<ExportSocialLink> SocialLinks);

public sealed record ExportSocialLink(string Network, string Url);

public sealed record ExportPage(string Title, string Slug, string BodyMarkdown, DateTime UpdatedAt);

public sealed record ExportAdSlot(
    string Name, AdPlacement Placement, int? AfterParagraph, int Width, int Height, string? Html, string? ImageUrl, string? LinkUrl,
    string? AltText, bool Enabled);

public sealed record ExportStory(
    Guid PublicId, string Headline, string Slug, string? SourceKey, string? Dek, string? Dateline, string BodyMarkdown, string? Section,
    IReadOnlyList<string> Authors, IReadOnlyList<string> Tags, ExportImage? FeaturedImage, StoryStatus Status,
    DateTime CreatedAt, DateTime? PublishedAt, DateTime UpdatedAt, string? SeoTitle, string? SeoDescription, string? CanonicalUrl,
    IReadOnlyList<ExportCorrection> Corrections);

public sealed record ExportImage(string Url, string Alt, string? Caption, string? Credit);

// Kind is absent from exports made before corrections had one: they were all corrections.
public sealed record ExportCorrection(DateTime At, string Text, CorrectionKind Kind = CorrectionKind.Correction);
