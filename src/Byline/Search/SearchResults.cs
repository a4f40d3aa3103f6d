namespace Byline.Search;

// One page of search results, best first, with what both the reader's page and the API show.
public sealed record SearchResults(int Page, int Total, IReadOnlyList<SearchResult> Results)
{
    public int Pages => Math.Max(1, (Total + SearchParameters.PageSize - 1) / SearchParameters.PageSize);

    // More stories match than are ranked: Total is a lower bound (see SearchSql.MaxRanked).
    public bool Capped => Total >= SearchSql.MaxRanked;

    public static SearchResults None(int page) => new(page, 0, []);
}

// SnippetHtml is safe to print as it is: encoded story text with <mark> around the matches.
public sealed record SearchResult(
    string Headline, string Path, string? Dek, string SnippetHtml, DateTime PublishedAt, SearchLink? Section, IReadOnlyList<SearchLink> Authors);

public sealed record SearchLink(string Name, string Slug);

// A row of the ranking query. Its properties are set by EF Core from the SQL's column names.
public sealed class SearchRow
{
    public int StoryId { get; set; }
    public int Total { get; set; }
    public string? Snippet { get; set; }
}
