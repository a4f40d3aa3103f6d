using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json.Nodes;
using Byline.Api.Content.Filtering;
using Byline.Site;

namespace Byline.Api.Content;

// /posts: published stories whose time has come (the reader site's StoryCards.Live), newest first.
public static class PostsEndpoints
{
    // Ghost's relations, then Byline's analysis of the story (PostInsights).
    private static readonly string[] Includes = ["tags", "authors", .. PostInsights.Includes];

    private static readonly FilterSchema<Story> Filters = new("posts", FilterFields);

    // The fields posts can be filtered by; the Admin API adds real statuses to these.
    internal static Dictionary<string, FieldFilter> FilterFields => new()
    {
        ["id"] = Field.Id<Story>(s => s.Id, GhostIdKind.Story),
        ["uuid"] = Field.Uuid<Story>(s => s.PublicId),
        ["slug"] = Field.Text<Story>(s => s.Slug, slug: true),
        ["title"] = Field.Text<Story>(s => s.Headline),
        ["custom_excerpt"] = Field.Text<Story>(s => s.Dek),
        ["excerpt"] = Field.Text<Story>(s => s.Dek),
        ["meta_title"] = Field.Text<Story>(s => s.SeoTitle),
        ["meta_description"] = Field.Text<Story>(s => s.SeoDescription),
        ["canonical_url"] = Field.Text<Story>(s => s.CanonicalUrl),
        ["feature_image"] = Field.Text<Story>(s => s.FeaturedImage == null ? null : s.FeaturedImage.Url),
        ["published_at"] = Field.Date<Story>(s => s.PublishedAt),
        ["updated_at"] = Field.Date<Story>(s => s.UpdatedAt),
        ["created_at"] = Field.Date<Story>(s => s.CreatedAt),
        ["featured"] = Field.Constant(false),
        ["visibility"] = Field.Constant("public"),
        ["status"] = Field.Constant("published"),
        ["tag"] = SectionOrTag,
        ["tags"] = SectionOrTag,
        ["tags.slug"] = SectionOrTag,
        ["primary_tag"] = PrimaryTag,
        ["primary_tag.slug"] = PrimaryTag,
        ["author"] = Author,
        ["authors"] = Author,
        ["authors.slug"] = Author,
        ["primary_author"] = PrimaryAuthor,
        ["primary_author.slug"] = PrimaryAuthor,
    };

    internal static readonly SortSchema<Story> Order = new(
        new Dictionary<string, SortField<Story>>
        {
            ["published_at"] = Sort.By((Story s) => s.PublishedAt),
            ["updated_at"] = Sort.By((Story s) => s.UpdatedAt),
            ["created_at"] = Sort.By((Story s) => s.CreatedAt),
            ["title"] = Sort.By((Story s) => s.Headline),
            ["slug"] = Sort.By((Story s) => s.Slug),
            ["id"] = Sort.By((Story s) => s.Id),
        },
        [new SortKey("published_at", Descending: true)],
        Sort.By((Story s) => s.Id));

    private static FieldFilter SectionOrTag => Field.Relation<Story>(s =>
        (s.Section != null && Match.Slug(s.Section.Slug)) || s.Tags.Any(t => Match.Slug(t.Slug)));

    private static FieldFilter Author => Field.Relation<Story>(s => s.Authors.Any(a => Match.Slug(a.Author!.Slug)));

    private static FieldFilter PrimaryTag => Field.Text<Story>(s => s.Section != null
        ? s.Section.Slug
        : s.Tags.OrderBy(t => t.Name).Select(t => t.Slug).FirstOrDefault(), slug: true);

    private static FieldFilter PrimaryAuthor => Field.Text<Story>(
        s => s.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Slug).FirstOrDefault(), slug: true);

    public static RouteGroupBuilder MapPosts(this RouteGroupBuilder api)
    {
        api.MapGet("/posts", BrowseAsync).WithMetadata(new GhostAction("list posts"))
            .Browses("Published stories, newest first", Includes).Produces<ContentDocs.PostsBody>();
        api.MapGet("/posts/{id}", ReadByIdAsync).WithMetadata(new GhostAction("read post"))
            .Reads("A published story by id", Includes).Produces<ContentDocs.PostsBody>();
        api.MapGet("/posts/slug/{slug}", ReadBySlugAsync).WithMetadata(new GhostAction("read post"))
            .Reads("A published story by slug", Includes).Produces<ContentDocs.PostsBody>();
        return api;
    }

    public static async Task<Ok<JsonObject>> BrowseAsync(HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var now = time.GetUtcNow().UtcDateTime;
        var stories = Live(db, now);
        if (query.Filter is { } filter)
        {
            stories = stories.Where(ContentFilters.Translate(Filters, filter, now));
        }

        var site = await ContentSite.LoadAsync(db, ct);
        var (page, pagination) = await Envelope.PageAsync(stories, q => Load(Order.Apply(q, query.Order)), query, ct);
        var insights = await PostInsights.LoadAsync(db, page.ConvertAll(s => s.Id), query, site, ct);
        return TypedResults.Ok(Envelope.Browse("posts", page.Select(s => insights.AddTo(PostShape.Story(s, site, query), s.Id)), pagination, query));
    }

    public static Task<Ok<JsonObject>> ReadByIdAsync(string id, HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct) =>
        ReadAsync(request, db, time, ContentFilters.IdNumber(id, GhostIdKind.Story), null, ct);

    public static Task<Ok<JsonObject>> ReadBySlugAsync(string slug, HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct) =>
        ReadAsync(request, db, time, null, slug.ToLowerInvariant(), ct);

    private static async Task<Ok<JsonObject>> ReadAsync(HttpRequest request, BylineDb db, TimeProvider time, int? id, string? slug, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var stories = Live(db, time.GetUtcNow().UtcDateTime);
        stories = id is { } number ? stories.Where(s => s.Id == number) : stories.Where(s => s.Slug == slug);
        var story = await Load(stories).FirstOrDefaultAsync(ct) ?? throw GhostApiException.NotFound("Post not found.");
        var site = await ContentSite.LoadAsync(db, ct);
        var insights = await PostInsights.LoadAsync(db, [story.Id], query, site, ct);
        return TypedResults.Ok(Envelope.Read("posts", insights.AddTo(PostShape.Story(story, site, query), story.Id), query));
    }

    private static IQueryable<Story> Live(BylineDb db, DateTime now) => db.Stories.AsNoTracking().Live(now);

    internal static IQueryable<Story> Load(IQueryable<Story> stories) => stories
        .Include(s => s.Section)
        .Include(s => s.Authors).ThenInclude(a => a.Author)
        .Include(s => s.Tags)
        .AsSplitQuery();
}
