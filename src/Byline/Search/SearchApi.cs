using Byline.Caching;
using Byline.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Search;

// GET /api/search?q=&section=&author=&from=&to=&page= : the reader's search, as JSON. Bad dates
// and pages answer 400 with a ProblemDetails naming the field; any query text is accepted.
public static class SearchApi
{
    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        HttpRequest request, Searcher searcher, SiteChrome chrome, CancellationToken cancellationToken)
    {
        var (parameters, errors) = SearchParameters.Read(request.Query);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search could not be read");
        }

        // Without a publication row, the same defaults as the reader's pages.
        var publication = await chrome.PublicationAsync(cancellationToken);
        var clock = new PublicationClock(publication.TimeZone);
        var baseUrl = publication.BaseUrl;
        var results = await searcher.SearchAsync(parameters, clock, cancellationToken);
        var page = results.Page;

        // Public and the same for every reader until a story, byline, tag, section or author
        // changes: kept by the page cache, like any list of stories.
        request.HttpContext.CacheAs(CacheTags.Search, CacheTags.Chrome);
        return TypedResults.Ok(new SearchResponse(
            parameters.Query,
            results.Results.Select(r => new SearchHit(
                r.Headline,
                Urls.Absolute(baseUrl, r.Path),
                r.Dek,
                r.SnippetHtml,
                clock.Local(r.PublishedAt),
                r.Section is { } s ? new SearchHitLink(s.Name, s.Slug, Urls.Absolute(baseUrl, Urls.Section(s.Slug))) : null,
                r.Authors.Select(a => new SearchHitLink(a.Name, a.Slug, Urls.Absolute(baseUrl, Urls.Author(a.Slug)))).ToList())).ToList(),
            new SearchMeta(new SearchPagination(
                page,
                SearchParameters.PageSize,
                results.Pages,
                results.Total,
                results.Capped,
                page < results.Pages ? page + 1 : null,
                page > 1 ? Math.Min(page - 1, results.Pages) : null))));
    }
}

/// <summary>A page of search results, best match first.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Results, SearchMeta Meta);

/// <summary>One story found. <c>Snippet</c> is HTML: encoded text from the body, matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Headline, string Url, string? Dek, string Snippet, DateTimeOffset PublishedAt, SearchHitLink? Section, IReadOnlyList<SearchHitLink> Authors);

/// <summary>A section or an author of a story found.</summary>
public sealed record SearchHitLink(string Name, string Slug, string Url);

/// <summary>Where this page sits among all the results.</summary>
public sealed record SearchMeta(SearchPagination Pagination);

/// <summary>
/// Ten results to a page; <c>Next</c> and <c>Prev</c> are page numbers, or null. The newest 1,000
/// matches are ranked: when more stories match, <c>Capped</c> is true and <c>Total</c> is 1,000.
/// </summary>
public sealed record SearchPagination(int Page, int Limit, int Pages, int Total, bool Capped, int? Next, int? Prev);
