using System.Globalization;
using System.Text;
using Byline.Site;

namespace Byline.Search;

// Runs a search in the database: matching, filtering, ranking, counting and paging are one SQL
// statement, and snippets are cut only for the page of results it returns. The stories on that page
// are then read with EF Core, like any list of cards. SQLite and PostgreSQL differ only in the SQL.
public sealed class Searcher(BylineDb db, TimeProvider time)
{
    public async Task<SearchResults> SearchAsync(SearchParameters parameters, PublicationClock clock, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(parameters.Query);

        // Slugs are lowercase ASCII letters, digits and hyphens; anything else names nothing, and
        // never reaches the database (PostgreSQL refuses a NUL in text outright).
        if (query.IsEmpty || !SearchParameters.IsSlug(parameters.Section) || !SearchParameters.IsSlug(parameters.Author))
        {
            return SearchResults.None(parameters.Page);
        }

        var sql = db.Database.IsNpgsql() ? SearchSql.Postgres : SearchSql.Sqlite;
        var args = new List<object> { sql.Query(query), time.GetUtcNow().UtcDateTime };
        var filters = new StringBuilder();
        if (parameters.Section is { } section)
        {
            filters.Append(CultureInfo.InvariantCulture, $$""" AND s."SectionId" IN (SELECT "Id" FROM "Sections" WHERE "Slug" = {{{args.Count}}})""");
            args.Add(section);
        }

        if (parameters.Author is { } author)
        {
            filters.Append(CultureInfo.InvariantCulture, $$""" AND EXISTS (SELECT 1 FROM "StoryAuthors" AS b JOIN "Authors" AS a ON a."Id" = b."AuthorId" WHERE b."StoryId" = s."Id" AND a."Slug" = {{{args.Count}}})""");
            args.Add(author);
        }

        // Dates are whole days in the publication's zone, both ends included.
        if (parameters.From is { } from)
        {
            filters.Append(CultureInfo.InvariantCulture, $$""" AND s."PublishedAt" >= {{{args.Count}}}""");
            args.Add(clock.StartOfDayUtc(from));
        }

        if (parameters.To is { } to)
        {
            filters.Append(CultureInfo.InvariantCulture, $$""" AND s."PublishedAt" < {{{args.Count}}}""");
            args.Add(clock.StartOfDayUtc(to.AddDays(1)));
        }

        var rows = await db.Database.SqlQueryRaw<SearchRow>(
            sql.Page(filters.ToString(), args.Count), [.. args, SearchParameters.PageSize, (parameters.Page - 1) * SearchParameters.PageSize])
            .ToListAsync(cancellationToken);

        // Past the last page the window count has no row to ride on; count on its own then.
        var total = rows.Count > 0 ? rows[0].Total
            : parameters.Page == 1 ? 0
            : await db.Database.SqlQueryRaw<int>(sql.Count(filters.ToString()), [.. args]).SingleAsync(cancellationToken);

        return new SearchResults(parameters.Page, total, await StoriesAsync(rows, cancellationToken));
    }

    private async Task<List<SearchResult>> StoriesAsync(List<SearchRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.ConvertAll(r => r.StoryId);
        var stories = await db.Stories.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.Headline,
                s.Slug,
                s.Dek,
                s.PublishedAt,
                Section = s.Section == null ? null : new SearchLink(s.Section.Name, s.Section.Slug),
                Authors = s.Authors.OrderBy(a => a.Position).Select(a => new SearchLink(a.Author!.Name, a.Author.Slug)).ToList(),
            })
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        // In rank order; a story deleted between the two queries is simply left out.
        var results = new List<SearchResult>(rows.Count);
        foreach (var row in rows)
        {
            if (stories.TryGetValue(row.StoryId, out var s))
            {
                results.Add(new SearchResult(
                    s.Headline, Urls.Story(s.Section?.Slug, s.Slug), s.Dek, Highlights.ToHtml(row.Snippet), s.PublishedAt ?? default, s.Section, s.Authors));
            }
        }

        return results;
    }
}
