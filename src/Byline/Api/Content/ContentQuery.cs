using System.Globalization;
using Byline.Api.Content.Nql;
using Microsoft.Extensions.Primitives;

namespace Byline.Api.Content;

public sealed record SortKey(string Field, bool Descending);

// The query options every Content API endpoint takes (filter, include, fields, formats, limit, page,
// order), read and checked the way Ghost's input validators check them: a malformed limit or page
// is a 422 ValidationError, an unknown include is dropped, an unknown format refused.
public sealed class ContentQuery
{
    public const int DefaultLimit = 15;
    public const int MaxLimit = 100;

    private static readonly string[] KnownFormats = ["html", "plaintext", "mobiledoc", "lexical"];

    public NqlNode? Filter { get; private init; }
    public IReadOnlySet<string> Include { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string>? Fields { get; private init; }
    public IReadOnlySet<string> Formats { get; private init; } = new HashSet<string> { "html" };
    public int Limit { get; private init; } = DefaultLimit;
    public int Page { get; private init; } = 1;
    public IReadOnlyList<SortKey> Order { get; private init; } = [];

    // The Admin API always answers with a post's tags and authors, as Ghost's does.
    public ContentQuery WithInclude(params string[] relations) => new()
    {
        Filter = Filter,
        Include = Include.Union(relations).ToHashSet(),
        Fields = Fields,
        Formats = Formats,
        Limit = Limit,
        Page = Page,
        Order = Order,
    };

    public static ContentQuery Read(HttpRequest request, IReadOnlyCollection<string> includes)
    {
        var query = request.Query;
        return new ContentQuery
        {
            Filter = ParseFilter(Single(query, "filter")),
            Include = List(query["include"]).Where(includes.Contains).ToHashSet(),
            Fields = query.ContainsKey("fields") ? List(query["fields"]).ToHashSet() : null,
            Formats = ParseFormats(query["formats"]),
            Limit = ParseLimit(Single(query, "limit")),
            Page = ParsePage(Single(query, "page")),
            Order = ParseOrder(Single(query, "order")),
        };
    }

    private static string? Single(IQueryCollection query, string key) => query[key] switch
    {
        { Count: 0 } => null,
        { Count: 1 } value => value[0],
        _ => throw GhostApiException.Validation("single value", key),
    };

    private static IEnumerable<string> List(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(v => v.ToLowerInvariant());

    private static NqlNode? ParseFilter(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }

        try
        {
            return NqlParser.Parse(filter);
        }
        catch (NqlException ex)
        {
            throw GhostApiException.BadRequest("Error parsing filter", ex.Message);
        }
    }

    private static HashSet<string> ParseFormats(StringValues values)
    {
        var formats = List(values).ToHashSet();
        if (formats.Count == 0)
        {
            return ["html"];
        }

        return formats.All(KnownFormats.Contains) ? formats : throw GhostApiException.Validation("AllowedValues", "formats");
    }

    // "all" is capped like any other number: a browse answers at most MaxLimit items.
    private static int ParseLimit(string? limit) => limit switch
    {
        null or "" => DefaultLimit,
        "all" => MaxLimit,
        _ when limit.All(char.IsAsciiDigit) && int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => Math.Min(n, MaxLimit),
        _ when limit.All(char.IsAsciiDigit) && limit.TrimStart('0').Length > 9 => MaxLimit,
        _ => throw GhostApiException.Validation("matches", "limit"),
    };

    private static int ParsePage(string? page) => page switch
    {
        null or "" => 1,
        _ when page.All(char.IsAsciiDigit) && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        _ => throw GhostApiException.Validation("matches", "page"),
    };

    // "published_at desc, title asc": Ghost's order validator allows letters, digits, _ , . and
    // spaces; which fields exist is the resource's business (ContentResource checks).
    private static List<SortKey> ParseOrder(string? order)
    {
        if (string.IsNullOrWhiteSpace(order))
        {
            return [];
        }

        if (!order.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ',' or '.' or ' '))
        {
            throw GhostApiException.Validation("matches", "order");
        }

        var keys = new List<SortKey>();
        foreach (var part in order.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var direction = words.Length > 1 ? words[1].ToLowerInvariant() : "asc";
            if (words.Length > 2 || direction is not ("asc" or "desc"))
            {
                throw GhostApiException.BadRequest($"Invalid order \"{part}\": use a field name followed by asc or desc.");
            }

            keys.Add(new SortKey(words[0].ToLowerInvariant(), direction == "desc"));
        }

        return keys.Count <= 5 ? keys : throw GhostApiException.BadRequest("Order by at most 5 fields.");
    }
}
