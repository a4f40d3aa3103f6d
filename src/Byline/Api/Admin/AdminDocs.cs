namespace Byline.Api.Admin;

// The shapes the OpenAPI document describes. The endpoints read and write JSON directly (so that a
// wrong field is named in Ghost's error), but clients read these as the contract.
public static class AdminDocs
{
    public sealed record PostsBody(IReadOnlyList<Post> Posts);

    public sealed record Post(
        string? Id, string? Uuid, string Title, string? Slug, string? Html, string? Markdown, string? Status,
        string? PublishedAt, string? UpdatedAt, string? CreatedAt, string? CustomExcerpt, string? Dateline, string? Section,
        IReadOnlyList<Relation>? Tags, IReadOnlyList<Relation>? Authors, string? FeatureImage, string? FeatureImageAlt,
        string? FeatureImageCaption, string? MetaTitle, string? MetaDescription, string? CanonicalUrl, string? Url);

    public sealed record Relation(string? Id, string? Slug, string? Name);

    public sealed record ImagesBody(IReadOnlyList<Image> Images);

    public sealed record Image(string Url, string? Ref);
}
