using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Byline.Search;

// The reader's request, as the page and the API both take it: ?q=&section=&author=&from=&to=&page=.
// A query is never wrong (SearchQuery makes the best of it); a date or page that cannot be read is,
// and is reported by field name, so the API answers 400 and the page says so beside the form.
public sealed record SearchParameters(string Query, string? Section, string? Author, DateOnly? From, DateOnly? To, int Page)
{
    public const int PageSize = 10;
    public const int MaxPage = 1000;
    private const int MaxQuery = 256;

    public static (SearchParameters Parameters, Dictionary<string, string[]> Errors) Read(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = First(query["q"]) ?? "";
        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from > to)
        {
            errors["to"] = ["The end date is before the start date."];
        }

        var page = 1;
        if (First(query["page"]) is { } p && !(int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= MaxPage))
        {
            errors["page"] = [$"Use a page number from 1 to {MaxPage}."];
            page = 1;
        }

        return (new SearchParameters(
            text.Length > MaxQuery ? text[..MaxQuery] : text,
            Slug(First(query["section"])),
            Slug(First(query["author"])),
            from,
            to,
            page), errors);
    }

    // The query string of these parameters on another page: for pagination links.
    public string Url(string path, int page) => path + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["section"] = Section,
        ["author"] = Author,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    // Whether a section or author filter could name anything: slugs are lowercase ASCII letters,
    // digits and hyphens (Slugs.Slugify), so anything else is not looked up at all.
    public static bool IsSlug(string? value) =>
        value is null || (value.Length <= 200 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'));

    private static string? First(StringValues values) => values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    private static string? Slug(string? value) => value?.ToLowerInvariant();

    private static DateOnly? Date(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        if (First(query[name]) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = ["Use a date like 2025-10-21 (year-month-day)."];
        return null;
    }
}
