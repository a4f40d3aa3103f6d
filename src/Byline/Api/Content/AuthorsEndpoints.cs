using System.Text.Json.Nodes;
using Byline.Api.Content.Filtering;
using Byline.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Api.Content;

// /authors: everyone in the author list; count.posts counts their live stories.
public static class AuthorsEndpoints
{
    private static readonly string[] Includes = ["count.posts"];

    private static readonly FilterSchema<Author> Filters = new("authors", new Dictionary<string, FieldFilter>
    {
        ["id"] = Field.Id<Author>(a => a.Id, GhostIdKind.Author),
        ["slug"] = Field.Text<Author>(a => a.Slug, slug: true),
        ["name"] = Field.Text<Author>(a => a.Name),
        ["website"] = Field.Text<Author>(a => a.Website),
        ["bio"] = Field.Text<Author>(a => a.Bio),
        ["visibility"] = Field.Constant("public"),
    });

    private static readonly SortSchema<Author> Order = new(
        new Dictionary<string, SortField<Author>>
        {
            ["name"] = Sort.By((Author a) => a.Name),
            ["slug"] = Sort.By((Author a) => a.Slug),
            ["id"] = Sort.By((Author a) => a.Id),
        },
        [new SortKey("name", Descending: false)],
        Sort.By((Author a) => a.Id));

    public static RouteGroupBuilder MapAuthors(this RouteGroupBuilder api)
    {
        api.MapGet("/authors", BrowseAsync).WithMetadata(new GhostAction("list authors")).Browses("Authors", Includes);
        api.MapGet("/authors/{id}", ReadByIdAsync).WithMetadata(new GhostAction("read author")).Reads("An author by id", Includes);
        api.MapGet("/authors/slug/{slug}", ReadBySlugAsync).WithMetadata(new GhostAction("read author")).Reads("An author by slug", Includes);
        return api;
    }

    public static async Task<Ok<JsonObject>> BrowseAsync(HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var now = time.GetUtcNow().UtcDateTime;
        var authors = db.Authors.AsNoTracking();
        if (query.Filter is { } filter)
        {
            authors = authors.Where(ContentFilters.Translate(Filters, filter, now));
        }

        var site = await ContentSite.LoadAsync(db, ct);
        var (items, pagination) = await Envelope.PageAsync(authors, q => Order.Apply(q, query.Order), query, ct);
        var counts = await CountsAsync(db, query, items.Select(a => a.Id).ToList(), now, ct);
        return TypedResults.Ok(Envelope.Browse("authors", items.Select(a => Shapes.Author(a, site, Count(counts, a.Id))), pagination, query));
    }

    public static Task<Ok<JsonObject>> ReadByIdAsync(string id, HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        var number = ContentFilters.IdNumber(id, GhostIdKind.Author);
        return ReadAsync(request, db, time, db.Authors.Where(a => a.Id == number), ct);
    }

    public static Task<Ok<JsonObject>> ReadBySlugAsync(string slug, HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        slug = slug.ToLowerInvariant();
        return ReadAsync(request, db, time, db.Authors.Where(a => a.Slug == slug), ct);
    }

    private static async Task<Ok<JsonObject>> ReadAsync(HttpRequest request, BylineDb db, TimeProvider time, IQueryable<Author> authors, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var author = await authors.AsNoTracking().FirstOrDefaultAsync(ct) ?? throw GhostApiException.NotFound("Author not found.");
        var counts = await CountsAsync(db, query, [author.Id], time.GetUtcNow().UtcDateTime, ct);
        var site = await ContentSite.LoadAsync(db, ct);
        return TypedResults.Ok(Envelope.Read("authors", Shapes.Author(author, site, Count(counts, author.Id)), query));
    }

    private static async Task<Dictionary<int, int>?> CountsAsync(BylineDb db, ContentQuery query, List<int> ids, DateTime now, CancellationToken ct)
    {
        if (!query.Include.Contains("count.posts"))
        {
            return null;
        }

        var live = db.Stories.Live(now);
        return await db.Set<StoryAuthor>()
            .Where(b => ids.Contains(b.AuthorId) && live.Any(s => s.Id == b.StoryId))
            .GroupBy(b => b.AuthorId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    private static int? Count(Dictionary<int, int>? counts, int id) => counts is null ? null : counts.GetValueOrDefault(id);
}
