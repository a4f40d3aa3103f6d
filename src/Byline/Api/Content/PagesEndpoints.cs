using System.Text.Json.Nodes;
using Byline.Api.Content.Filtering;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Api.Content;

// /pages: the static pages (About, Terms...), which are always public.
public static class PagesEndpoints
{
    private static readonly string[] Includes = ["tags", "authors"];

    private static readonly FilterSchema<Page> Filters = new("pages", new Dictionary<string, FieldFilter>
    {
        ["id"] = Field.Id<Page>(p => p.Id, GhostIdKind.Page),
        ["slug"] = Field.Text<Page>(p => p.Slug, slug: true),
        ["title"] = Field.Text<Page>(p => p.Title),
        ["published_at"] = Field.Date<Page>(p => p.UpdatedAt),
        ["updated_at"] = Field.Date<Page>(p => p.UpdatedAt),
        ["created_at"] = Field.Date<Page>(p => p.UpdatedAt),
        ["featured"] = Field.Constant(false),
        ["visibility"] = Field.Constant("public"),
        ["status"] = Field.Constant("published"),
    });

    private static readonly SortSchema<Page> Order = new(
        new Dictionary<string, SortField<Page>>
        {
            ["published_at"] = Sort.By((Page p) => p.UpdatedAt),
            ["updated_at"] = Sort.By((Page p) => p.UpdatedAt),
            ["created_at"] = Sort.By((Page p) => p.UpdatedAt),
            ["title"] = Sort.By((Page p) => p.Title),
            ["slug"] = Sort.By((Page p) => p.Slug),
            ["id"] = Sort.By((Page p) => p.Id),
        },
        [new SortKey("published_at", Descending: true)],
        Sort.By((Page p) => p.Id));

    public static RouteGroupBuilder MapPages(this RouteGroupBuilder api)
    {
        api.MapGet("/pages", BrowseAsync).WithMetadata(new GhostAction("list pages")).Browses("Static pages", Includes);
        api.MapGet("/pages/{id}", ReadByIdAsync).WithMetadata(new GhostAction("read page")).Reads("A static page by id", Includes);
        api.MapGet("/pages/slug/{slug}", ReadBySlugAsync).WithMetadata(new GhostAction("read page")).Reads("A static page by slug", Includes);
        return api;
    }

    public static async Task<Ok<JsonObject>> BrowseAsync(HttpRequest request, BylineDb db, TimeProvider time, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var pages = db.Pages.AsNoTracking();
        if (query.Filter is { } filter)
        {
            pages = pages.Where(ContentFilters.Translate(Filters, filter, time.GetUtcNow().UtcDateTime));
        }

        var site = await ContentSite.LoadAsync(db, ct);
        var (items, pagination) = await Envelope.PageAsync(pages, q => Order.Apply(q, query.Order), query, ct);
        return TypedResults.Ok(Envelope.Browse("pages", items.Select(p => PostShape.Page(p, site, query)), pagination, query));
    }

    public static Task<Ok<JsonObject>> ReadByIdAsync(string id, HttpRequest request, BylineDb db, CancellationToken ct)
    {
        var number = ContentFilters.IdNumber(id, GhostIdKind.Page);
        return ReadAsync(request, db, db.Pages.Where(p => p.Id == number), ct);
    }

    public static Task<Ok<JsonObject>> ReadBySlugAsync(string slug, HttpRequest request, BylineDb db, CancellationToken ct)
    {
        slug = slug.ToLowerInvariant();
        return ReadAsync(request, db, db.Pages.Where(p => p.Slug == slug), ct);
    }

    private static async Task<Ok<JsonObject>> ReadAsync(HttpRequest request, BylineDb db, IQueryable<Page> pages, CancellationToken ct)
    {
        var query = ContentQuery.Read(request, Includes);
        var page = await pages.AsNoTracking().FirstOrDefaultAsync(ct) ?? throw GhostApiException.NotFound("Page not found.");
        var site = await ContentSite.LoadAsync(db, ct);
        return TypedResults.Ok(Envelope.Read("pages", PostShape.Page(page, site, query), query));
    }
}
