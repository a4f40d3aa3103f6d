using System.Text.Json.Nodes;

namespace Byline.Api.Content;

// Ghost's response bodies: {"posts": [...], "meta": {"pagination": {...}}} for a browse,
// {"posts": [one]} for a read (the client unwraps a one-item array without meta).
public static class Envelope
{
    // Keys kept when `fields` narrows the output: the id, and what `include` asked for.
    private static readonly string[] AlwaysKept = ["id", "tags", "authors", "primary_tag", "primary_author", "count", .. PostInsights.Includes];

    public static async Task<(List<T> Items, JsonObject Pagination)> PageAsync<T>(
        IQueryable<T> filtered, Func<IQueryable<T>, IQueryable<T>> orderAndLoad, ContentQuery query, CancellationToken ct)
    {
        var total = await filtered.CountAsync(ct);
        var skip = (long)(query.Page - 1) * query.Limit;
        var items = skip >= total ? [] : await orderAndLoad(filtered).Skip((int)skip).Take(query.Limit).ToListAsync(ct);
        return (items, Pagination(query.Page, query.Limit, total));
    }

    // As @tryghost/bookshelf-pagination counts, except that a page past the end points back to
    // the last page instead of onwards to an even emptier one.
    public static JsonObject Pagination(int page, int limit, int total)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)limit));
        return new JsonObject
        {
            ["page"] = page,
            ["limit"] = limit,
            ["pages"] = pages,
            ["total"] = total,
            ["next"] = page < pages ? page + 1 : null,
            ["prev"] = page > 1 ? Math.Min(page - 1, pages) : null,
        };
    }

    public static JsonObject Browse(string resource, IEnumerable<JsonObject> items, JsonObject pagination, ContentQuery query) => new()
    {
        [resource] = new JsonArray(items.Select(i => (JsonNode)Narrow(i, query.Fields)).ToArray()),
        ["meta"] = new JsonObject { ["pagination"] = pagination },
    };

    public static JsonObject Read(string resource, JsonObject item, ContentQuery query) => new()
    {
        [resource] = new JsonArray(Narrow(item, query.Fields)),
    };

    private static JsonObject Narrow(JsonObject item, IReadOnlySet<string>? fields)
    {
        if (fields is null)
        {
            return item;
        }

        foreach (var key in item.Select(p => p.Key).ToList())
        {
            if (!fields.Contains(key) && !AlwaysKept.Contains(key))
            {
                item.Remove(key);
            }
        }

        return item;
    }
}
