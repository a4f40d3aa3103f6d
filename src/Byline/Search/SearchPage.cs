using Byline.Caching;
using Byline.Site;
using Byline.Site.Views;

namespace Byline.Search;

// The reader's search page, through the theme: the form with its filters, then the results with
// highlighted snippets, ten to a page. A date that cannot be read is said beside the form (400).
public static class SearchPage
{
    private const string Path = "/search";

    public static async Task<IResult> HandleAsync(HttpContext http, Searcher searcher, SiteChrome chrome, BylineDb db)
    {
        var ct = http.RequestAborted;
        var (parameters, errors) = SearchParameters.Read(http.Request.Query);
        var title = parameters.Query.Length == 0 ? "Search"
            : $"Search results for “{parameters.Query}”" + (parameters.Page > 1 ? $", page {parameters.Page}" : "");
        var (model, clock) = await chrome.LoadAsync(new MetaView(title, null, Path, "website"), Path, ct);
        var results = errors.Count == 0 ? await searcher.SearchAsync(parameters, clock, ct) : SearchResults.None(parameters.Page);

        var authorName = parameters.Author is { } slug && SearchParameters.IsSlug(slug)
            ? await db.Authors.AsNoTracking().Where(a => a.Slug == slug).Select(a => a.Name).FirstOrDefaultAsync(ct)
            : null;
        var view = new SearchView(
            parameters.Query,
            Searched: errors.Count == 0 && parameters.Query.Length > 0,
            results.Total,
            results.Capped,
            results.Results.Select(r => new SearchResultView(
                r.Headline,
                r.Path,
                r.Dek,
                r.SnippetHtml,
                clock.View(r.PublishedAt),
                r.Section is { } s ? new LinkView(s.Name, Urls.Section(s.Slug)) : null,
                r.Authors.Select(a => new LinkView(a.Name, Urls.Author(a.Slug))).ToList())).ToList(),
            results.Pages > 1 ? new Pagination(
                results.Page,
                results.Pages,
                results.Page > 1 ? parameters.Url(Path, results.Page - 1) : null,
                results.Page < results.Pages ? parameters.Url(Path, results.Page + 1) : null) : null,
            model.Site.Sections.Select(s => new SearchOptionView(s.Label, s.Url.TrimStart('/'), s.Url.TrimStart('/') == parameters.Section)).ToList(),
            parameters.Author is { } author ? new SearchOptionView(authorName ?? author, author, true) : null,
            parameters.Author is null ? null : (parameters with { Author = null }).Url(Path, 1),
            parameters.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            parameters.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            errors.Values.SelectMany(e => e).ToList());

        var status = errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.CacheAs(CacheTags.Search, CacheTags.Chrome);
        return await ThemePage.RenderAsync(http, "search", model with { Search = view }, status);
    }
}
