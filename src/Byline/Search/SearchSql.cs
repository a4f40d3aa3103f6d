namespace Byline.Search;

// The two dialects of the one search statement. Placeholders are EF Core's {n}: {0} is the engine's
// query text (from SearchQuery, never the reader's own), {1} the current time; filters follow.
// Ranks are ordered ascending in both, best first: bm25 is negative, so ts_rank_cd is negated.
public sealed class SearchSql
{
    private readonly string _fromWhere;
    private readonly string _storyId;
    private readonly string _score;
    private readonly string _snippetFrom;
    private readonly string _snippet;

    private SearchSql(Func<SearchQuery, string> query, string fromWhere, string storyId, string score, string snippetFrom, string snippet)
    {
        Query = query;
        _fromWhere = fromWhere;
        _storyId = storyId;
        _score = score;
        _snippetFrom = snippetFrom;
        _snippet = snippet;
    }

    public Func<SearchQuery, string> Query { get; }

    // FTS5 over StorySearch: headline weighs most, then dek and authors, tags, and the body. The
    // snippet is cut from the body, around the best-matching words, 32 tokens long. CROSS JOIN
    // fixes the join order (SQLite's rule): left to itself, the planner walks the stories by status
    // and date and runs the full-text query once per story, which at 3,000 stories takes seconds.
    public static SearchSql Sqlite { get; } = new(
        q => q.ToFts5(),
        """
        FROM StorySearchIndex CROSS JOIN "Stories" AS s
        WHERE StorySearchIndex MATCH {0} AND s."Id" = StorySearchIndex.rowid AND s."Status" = 3 AND s."PublishedAt" <= {1}
        """,
        "StorySearchIndex.rowid",
        "bm25(StorySearchIndex, 10.0, 4.0, 1.0, 4.0, 2.0)",
        """CROSS JOIN StorySearchIndex WHERE StorySearchIndex MATCH {0} AND StorySearchIndex.rowid = h."StoryId" """,
        $"snippet(StorySearchIndex, 2, char({(int)SearchText.MatchStart}), char({(int)SearchText.MatchEnd}), '…', 32)");

    // tsvector weights: headline A, dek, authors and tags B, body C (ts_rank_cd's defaults give
    // them 1.0, 0.4 and 0.2). to_tsquery of a constant folds at planning, so the GIN index is used.
    public static SearchSql Postgres { get; } = new(
        q => q.ToTsQuery(),
        """
        FROM "StorySearch" AS d JOIN "Stories" AS s ON s."Id" = d."StoryId"
        WHERE d."Document" @@ to_tsquery('byline_search', {0}) AND s."Status" = 3 AND s."PublishedAt" <= {1}
        """,
        "d.\"StoryId\"",
        "-ts_rank_cd(d.\"Document\", to_tsquery('byline_search', {0}))",
        """JOIN "StorySearch" AS d ON d."StoryId" = h."StoryId" """,
        $$"""ts_headline('byline_search', replace(d."Body", '<', '{{SearchText.LessThan}}'), to_tsquery('byline_search', {0}), 'StartSel="{{SearchText.MatchStart}}", StopSel="{{SearchText.MatchEnd}}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')""");

    // Ranks, counts (over every match, before LIMIT) and pages in one statement; snippets are
    // computed in the outer query, for the page's rows only. The rank is taken before the count:
    // SQLite cannot run an FTS5 function in a query that also has a window function. Filters use
    // placeholders from {2} up to before {next}; {next} is the page size and {next + 1} the offset.
    public string Page(string filters, int next) => $$"""
        WITH matches AS (
            SELECT {{_storyId}} AS "StoryId", {{_score}} AS "Score", s."PublishedAt" AS "PublishedAt"
            {{_fromWhere}}{{filters}}),
        hits AS (
            SELECT "StoryId", "Score", "PublishedAt", COUNT(*) OVER () AS "Total"
            FROM matches
            ORDER BY "Score", "PublishedAt" DESC, "StoryId" DESC
            LIMIT {{{next}}} OFFSET {{{next + 1}}})
        SELECT h."StoryId" AS "StoryId", CAST(h."Total" AS INTEGER) AS "Total", {{_snippet}} AS "Snippet"
        FROM hits AS h {{_snippetFrom}}
        ORDER BY h."Score", h."PublishedAt" DESC, h."StoryId" DESC
        """;

    public string Count(string filters) => $"""SELECT CAST(COUNT(*) AS INTEGER) AS "Value" {_fromWhere}{filters}""";
}
