using System.Linq.Expressions;

namespace Byline.Api.Content;

// Sorts one query by one field: (query, after an earlier key?, descending?) => ordered query.
public delegate IOrderedQueryable<T> SortField<T>(IQueryable<T> query, bool thenBy, bool descending);

// The fields a resource can be ordered by, its default order, and a final key that keeps pages
// stable when the requested keys tie.
public sealed class SortSchema<T>(IReadOnlyDictionary<string, SortField<T>> fields, IReadOnlyList<SortKey> defaults, SortField<T> tiebreak)
{
    public IOrderedQueryable<T> Apply(IQueryable<T> query, IReadOnlyList<SortKey> order)
    {
        var keys = order.Count > 0 ? order : defaults;
        var sorted = query;
        var first = true;
        foreach (var key in keys)
        {
            if (!fields.TryGetValue(key.Field, out var field))
            {
                throw GhostApiException.BadRequest(
                    $"Cannot order by \"{key.Field}\".", $"The fields are: {string.Join(", ", fields.Keys)}.");
            }

            sorted = field(sorted, !first, key.Descending);
            first = false;
        }

        return tiebreak(sorted, !first, descending: keys.Count > 0 && keys[0].Descending);
    }
}

public static class Sort
{
    // Sort.By((Story s) => s.PublishedAt): the typed parameter lets the compiler infer both types.
    public static SortField<T> By<T, TKey>(Expression<Func<T, TKey>> key) => (query, thenBy, descending) => (thenBy, descending) switch
    {
        (false, false) => query.OrderBy(key),
        (false, true) => query.OrderByDescending(key),
        (true, false) => ((IOrderedQueryable<T>)query).ThenBy(key),
        _ => ((IOrderedQueryable<T>)query).ThenByDescending(key),
    };
}
