namespace Byline.Search;

// The two dialects of the one search statement. Placeholders are EF Core's {n}: {0} is the engine's
// query text (from SearchQuery, never the reader's own), {1} the current time; filters follow.
// Ranks are ordered ascending in both, best first: bm25 is negative, so ts_rank_cd is negated.
//
// Only the most recently added MaxRanked matches (after filters) are ranked and counted. Ranking
// every match of a word found in nearly every story costs hundreds of milliseconds at 100,000
// stories, on either engine; the newest thousand cost a few, and for news they are the ones a
// reader is after. A query with more matches than that says so (SearchResults.Capped).
public sealed class SearchSql
{
    public const int MaxRanked = 1000;

    private readonly Func<string, string> _matches;
    private readonly string _snippet;
    private readonly string _snippetFrom;

    private SearchSql(Func<SearchQuery, string> query, Func<string, string> matches, string snippet, string snippetFrom)
    {
        Query = query;
        _matches = matches;
        _snippet = snippet;
        _snippetFrom = snippetFrom;
    }

    public Func<SearchQuery, string> Query { get; }

    // FTS5 over StorySearch: headline weighs most, then dek and authors, tags, and the body.
    // CROSS JOIN fixes the join order (SQLite's rule): left to itself, the planner walks the stories
    // by status and date and runs the full-text query once per story (seconds at 3,000 stories).
    // Walking the index by rowid, newest first, stops after MaxRanked rows: bm25 is computed for
    // those only. Snippets come from one more pass over the index, bounded by the page's rowids
    // (a rowid probe per result would expand a prefix query once per result). 32 tokens of body.
    public static SearchSql Sqlite { get; } = new(
        q => q.ToFts5(),
        filters => $$"""
            SELECT StorySearchIndex.rowid AS "StoryId", bm25(StorySearchIndex, 10.0, 4.0, 1.0, 4.0, 2.0) AS "Score", s."PublishedAt" AS "PublishedAt"
            FROM StorySearchIndex CROSS JOIN "Stories" AS s
            WHERE StorySearchIndex MATCH {0} AND s."Id" = StorySearchIndex.rowid AND s."Status" = 3 AND s."PublishedAt" <= {1}{{filters}}
            ORDER BY StorySearchIndex.rowid DESC
            LIMIT {{MaxRanked}}
            """,
        $"snippet(StorySearchIndex, 2, char({(int)SearchText.MatchStart}), char({(int)SearchText.MatchEnd}), '…', 32)",
        """
        FROM StorySearchIndex CROSS JOIN hits AS h
        WHERE StorySearchIndex MATCH {0}
            AND StorySearchIndex.rowid >= (SELECT MIN("StoryId") FROM hits) AND StorySearchIndex.rowid <= (SELECT MAX("StoryId") FROM hits)
            AND h."StoryId" = +StorySearchIndex.rowid
        """);

    // tsvector weights: headline A, dek, authors and tags B, body C (ts_rank_cd's defaults give
    // them 1.0, 0.4 and 0.2). to_tsquery of a constant folds at planning, so the GIN index is used.
    // The newest MaxRanked matches are picked by id first, so ts_rank_cd reads only their vectors.
    public static SearchSql Postgres { get; } = new(
        q => q.ToTsQuery(),
        filters => $$"""
            SELECT c."StoryId", -ts_rank_cd(d."Document", to_tsquery('byline_search', {0})) AS "Score", c."PublishedAt"
            FROM (
                SELECT d."StoryId", s."PublishedAt"
                FROM "StorySearch" AS d JOIN "Stories" AS s ON s."Id" = d."StoryId"
                WHERE d."Document" @@ to_tsquery('byline_search', {0}) AND s."Status" = 3 AND s."PublishedAt" <= {1}{{filters}}
                ORDER BY d."StoryId" DESC
                LIMIT {{MaxRanked}}) AS c
            JOIN "StorySearch" AS d ON d."StoryId" = c."StoryId"
            """,
        $$"""ts_headline('byline_search', replace(d."Body", '<', '{{SearchText.LessThan}}'), to_tsquery('byline_search', {0}), 'StartSel="{{SearchText.MatchStart}}", StopSel="{{SearchText.MatchEnd}}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')""",
        """FROM hits AS h JOIN "StorySearch" AS d ON d."StoryId" = h."StoryId" """);

    // Ranks, counts and pages in one statement; snippets are computed in the outer query, for the
    // page's rows only. The rank is taken before the count: SQLite cannot run an FTS5 function in
    // a query that also has a window function. Filters use placeholders from {2} up to before
    // {next}; {next} is the page size and {next + 1} the offset.
    public string Page(string filters, int next) => $$"""
        WITH matches AS (
            {{_matches(filters)}}),
        hits AS (
            SELECT "StoryId", "Score", "PublishedAt", COUNT(*) OVER () AS "Total"
            FROM matches
            ORDER BY "Score", "PublishedAt" DESC, "StoryId" DESC
            LIMIT {{{next}}} OFFSET {{{next + 1}}})
        SELECT h."StoryId" AS "StoryId", CAST(h."Total" AS INTEGER) AS "Total", {{_snippet}} AS "Snippet"
        {{_snippetFrom}}
        ORDER BY h."Score", h."PublishedAt" DESC, h."StoryId" DESC
        """;

    public string Count(string filters) => $"""SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM ({_matches(filters)}) AS m""";
}
