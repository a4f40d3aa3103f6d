using System.Text.Json.Nodes;
using Byline.Api.Content.Filtering;
using Byline.Api.Content.Nql;
using Byline.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Api.Content;

// /tags: sections and tags together (see TagRow), queried as one union so filters, order and
// pagination run in the database across both.
public static class TagsEndpoints
{
    private static readonly string[] Includes = ["count.posts"];

    private static readonly FilterSchema<TagRow> Filters = new("tags", new Dictionary<string, FieldFilter>
    {
        ["id"] = Id,
        ["slug"] = Field.Text<TagRow>(t => t.Slug, slug: true),
        ["name"] = Field.Text<TagRow>(t => t.Name),
        ["description"] = Field.Text<TagRow>(t => t.Description),
        ["visibility"] = Field.Constant("public"),
    });

    private static readonly SortSchema<TagRow> Order = new(
        new Dictionary<string, SortField<TagRow>>
        {
            ["name"] = Sort.By((TagRow t) => t.Name),
            ["slug"] = Sort.By((TagRow t) => t.Slug),
            ["id"] = Sort.By((TagRow t) => t.Kind * 1000000000L + t.Id),
        },
        [new SortKey("name", Descending: false)],
        (query, thenBy, descending) => Sort.By((TagRow t) => t.Kind)(query, thenBy, descending).ThenBy(t => t.Id));

    // A tag id names a section or a tag: match the number within its own kind.
    private static FieldFilter Id => (entity, comparison, _) =>
    {
        var section = Field.Id<TagRow>(t => t.Kind == (int)GhostIdKind.Section ? t.Id : -2, GhostIdKind.Section)(entity, comparison, default);
        var tag = Field.Id<TagRow>(t => t.Kind == (int)GhostIdKind.Tag ? t.Id : -2, GhostIdKind.Tag)(entity, comparison, default);
        var negative = comparison.Operator is NqlOperator.NotEqual or NqlOperator.NotIn;
        return negative ? System.Linq.Expressions.Expression.AndAlso(section, tag) : System.Linq.Expressions.Expression.OrElse(section, tag);
    };

    public static RouteGroupBuilder MapTags(this RouteGroupBuilder api)
    {
        api.MapGet("/tags", BrowseAsync).WithMetadata(new GhostAction("list tags")).Browses("Sections and tags", Includes);
        api.MapGet("/tags/{id}", ReadByIdAsync).WithMetadata(new GhostAction("read tag")).Reads("A section or tag by id", Includes);
        api.MapGet("/tags/slug/{slug}", ReadBySlugAsync).WithMetadata(new GhostAction("read tag")).Reads("A section or tag by slug", Includes);
        return api;
    }

    public static async Task<Ok<JsonObject>> BrowseAsync(HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = Rows(db);
        if (query.Filter is { } filter)
        {
            rows = rows.Where(ContentFilters.Translate(Filters, filter, now));
        }

        var site = await ContentSite.LoadAsync(db, ct);
        var (items, pagination) = await Envelope.PageAsync(rows, q => Order.Apply(q, query.Order), query, ct);
        var counts = await CountsAsync(db, query, items, now, ct);
        return TypedResults.Ok(Envelope.Browse("tags", items.Select(t => Shapes.Tag(t, site, Count(counts, t))), pagination, query));
    }

    public static Task<Ok<JsonObject>> ReadByIdAsync(string id, HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        ContentFilters.RequireWellFormed(id);
        var (kind, number) = GhostIds.TryDecode(id, out var k, out var n) ? ((int)k, n) : (0, -1);
        return ReadAsync(request, db, time, Rows(db).Where(t => t.Kind == kind && t.Id == number), ct);
    }

    public static Task<Ok<JsonObject>> ReadBySlugAsync(string slug, HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        slug = slug.ToLowerInvariant();
        return ReadAsync(request, db, time, Rows(db).Where(t => t.Slug == slug).OrderBy(t => t.Kind), ct);
    }

    private static async Task<Ok<JsonObject>> ReadAsync(HttpRequest request, BylineDb db, TimeProvider time, IQueryable<TagRow> rows, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var tag = await rows.FirstOrDefaultAsync(ct) ?? throw GhostApiException.NotFound("Tag not found.");
        var counts = await CountsAsync(db, query, [tag], time.GetUtcNow().UtcDateTime, ct);
        var site = await ContentSite.LoadAsync(db, ct);
        return TypedResults.Ok(Envelope.Read("tags", Shapes.Tag(tag, site, Count(counts, tag)), query));
    }

    private static IQueryable<TagRow> Rows(BylineDb db) =>
        db.Sections.AsNoTracking().Select(s => new TagRow { Kind = (int)GhostIdKind.Section, Id = s.Id, Name = s.Name, Slug = s.Slug, Description = s.Description })
            .Concat(db.Tags.AsNoTracking().Select(t => new TagRow { Kind = (int)GhostIdKind.Tag, Id = t.Id, Name = t.Name, Slug = t.Slug, Description = t.Description }));

    private static async Task<Dictionary<(int, int), int>?> CountsAsync(BylineDb db, ContentQuery query, List<TagRow> rows, DateTime now, CancellationToken ct)
    {
        if (!query.Include.Contains("count.posts"))
        {
            return null;
        }

        var live = db.Stories.Live(now);
        var sectionIds = rows.Where(r => r.IsSection).Select(r => r.Id).ToList();
        var tagIds = rows.Where(r => !r.IsSection).Select(r => r.Id).ToList();
        var sections = await live.Where(s => s.SectionId != null && sectionIds.Contains(s.SectionId.Value))
            .GroupBy(s => s.SectionId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var tags = await db.Tags.Where(t => tagIds.Contains(t.Id))
            .Select(t => new { t.Id, Count = t.Stories.Count(s => s.Status == StoryStatus.Published && s.PublishedAt <= now) }).ToListAsync(ct);
        return sections.Select(s => (Key: ((int)GhostIdKind.Section, s.Key), s.Count))
            .Concat(tags.Select(t => (Key: ((int)GhostIdKind.Tag, t.Id), t.Count)))
            .ToDictionary(x => x.Key, x => x.Count);
    }

    private static int? Count(Dictionary<(int, int), int>? counts, TagRow row) => counts is null ? null : counts.GetValueOrDefault((row.Kind, row.Id));
}
