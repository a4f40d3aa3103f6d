using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace Byline.Api.Content;

// What the content OpenAPI document (/api/content/openapi.json) says about the Content API: each
// endpoint's summary and the query options it reads itself (ContentQuery), and the post's shape,
// Byline's includes with it. The endpoints write JSON directly, in Ghost's field order; these
// records are the contract clients read.
public static class ContentDocs
{
    private const string Limit = "Items to a page, or `all`; at most 100.";

    public static RouteHandlerBuilder Browses(this RouteHandlerBuilder endpoint, string summary, IReadOnlyCollection<string> includes) =>
        endpoint.WithSummary(summary).WithQuery(
            OpenApiQuery.Text("filter", "Ghost's filter language (NQL), e.g. `tag:politics+published_at:>'2025-01-01'`."),
            Includes(includes),
            Fields(),
            OpenApiQuery.Text("order", "Fields to sort by, each followed by asc or desc: `published_at desc`."),
            OpenApiQuery.Text("limit", Limit),
            OpenApiQuery.Number("page", "The page of results.", 1, null, 1));

    public static RouteHandlerBuilder Reads(this RouteHandlerBuilder endpoint, string summary, IReadOnlyCollection<string> includes) =>
        endpoint.WithSummary(summary).WithQuery(Includes(includes), Fields());

    public static OpenApiParameter Key() =>
        OpenApiQuery.Text("key", "An integration's content key (26 hex characters), from `byline key add NAME`.", required: true);

    private static OpenApiParameter Includes(IReadOnlyCollection<string> includes) =>
        OpenApiQuery.List("include", "Relations to add to each item, comma-separated; unknown ones are ignored, as Ghost ignores them. " +
            "Posts also take Byline's `quotes` (in reading order, with speakers), `people`, `organisations` and `places` " +
            "(in order of first mention), from the analysis of each story.", includes);

    private static OpenApiParameter Fields() =>
        OpenApiQuery.Text("fields", "Only these fields of each item, comma-separated (the id and included relations are kept).");

    // A read answers one post in the list, without meta.
    public sealed record PostsBody(IReadOnlyList<Post> Posts, Meta? Meta = null);

    public sealed record Meta(Pagination Pagination);

    public sealed record Pagination(int Page, int Limit, int Pages, int Total, int? Next, int? Prev);

    // The fields a Byline client reads most; every other field of Ghost's post is there too. The
    // lists are there when include= asks for them.
    public sealed record Post(
        string Id,
        string? Uuid,
        string Title,
        string Slug,
        string? Html,
        string Url,
        [property: JsonPropertyName("published_at")] string? PublishedAt,
        [property: JsonPropertyName("updated_at")] string UpdatedAt,
        string? Excerpt,
        IReadOnlyList<Relation>? Tags = null,
        IReadOnlyList<Relation>? Authors = null,
        IReadOnlyList<Quote>? Quotes = null,
        IReadOnlyList<Named>? People = null,
        IReadOnlyList<Named>? Organisations = null,
        IReadOnlyList<Named>? Places = null);

    public sealed record Relation(string Id, string Slug, string Name, string? Url);

    /// <summary>
    /// A direct quote: its words, who said them (null when the story does not say, or an editor
    /// rejected the name), how the story named them here ("he", "Mr Anwar"), the paragraph of the
    /// story's text as analysed (0 the headline, then the dek when there is one, then the body),
    /// whether it is a fragment inside a sentence, and whether it carries on the quote before it.
    /// </summary>
    public sealed record Quote(string Text, Speaker? Speaker, string? Mention, int Paragraph, bool Fragment, bool Continues);

    /// <summary>A person, organisation or place; <c>Kind</c> is person, organisation or place.</summary>
    public sealed record Speaker(string Name, string Slug, string Kind, string Url);

    /// <summary>
    /// A person, organisation or place the story names: its page on the site, how the stories
    /// describe it, how often this story names it, and how many of its quotes are this one's.
    /// </summary>
    public sealed record Named(string Name, string Slug, string Url, string? Description, int Mentions, int Quotes);
}
