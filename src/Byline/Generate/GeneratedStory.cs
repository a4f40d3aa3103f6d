using Byline.Search;

namespace Byline.Generate;

// One generated story with everything the bulk loaders write: the Stories row, its bylines in
// order, its tags and its search row.
public sealed record GeneratedStory(
    int Id,
    Guid PublicId,
    string Headline,
    string Slug,
    string Dek,
    string? Dateline,
    string BodyMarkdown,
    string BodyHtml,
    int SectionId,
    int[] AuthorIds,
    int[] TagIds,
    DateTime CreatedAt,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    SearchDocument Search);
