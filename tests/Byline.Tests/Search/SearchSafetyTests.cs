using System.Net;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Search;

// Nothing in a story becomes markup in a snippet, and nothing a reader types is an error: bad
// filters are a 400 that names the field, junk queries are just words or nothing.
public sealed class SearchSafetyTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    [Fact]
    public async Task SnippetsMarkTheMatchesAndNothingInTheStoryBecomesMarkup()
    {
        // Markdown code keeps the angle brackets as text; the sanitized body shows them as text too.
        var body = "Notes said `<script>alert(1)</script>` and `<mark>fake</mark>` by jabberwock.";
        await app.SaveAsync(SearchHelpers.Story("hostile-snippet", "Leaked notes", body));
        var client = app.CreateClient();

        var snippet = (await client.SearchAsync("q=jabberwock")).Results.Single().Snippet;
        Assert.Contains("<mark>jabberwock</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;mark&gt;fake&lt;/mark&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, snippet.Split("<mark>").Length - 1);

        var (_, page) = await client.GetPageAsync("/search?q=jabberwock+fake");
        var shown = page.QuerySelector(".search-snippet")!;
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal(["fake", "jabberwock"], shown.QuerySelectorAll("mark").Select(m => m.TextContent).ToList());
        Assert.Contains("<script>alert(1)</script>", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("<mark>fake</mark>", shown.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSentinelCharactersInAStoryCannotForgeAHighlight()
    {
        await app.SaveAsync(SearchHelpers.Story("sentinels", "Sentinel test", "Before \uE000<img src=x onerror=alert(1)>\uE001 the word frumious appears."));

        var snippet = (await app.CreateClient().SearchAsync("q=frumious")).Results.Single().Snippet;

        Assert.Equal(1, snippet.Split("<mark>").Length - 1);
        Assert.DoesNotContain('\uE000', snippet);
        Assert.DoesNotContain("<img", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadDateIsA400WithTheFieldNamedNeverAnError()
    {
        var client = app.CreateClient();

        var api = await client.GetAsync("/api/search?q=x&from=2025-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"from\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=x&to=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=x&from=2025-03-02&to=2025-03-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=x&page=0")).StatusCode);

        var (response, page) = await client.GetPageAsync("/search?q=x&from=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2025-10-21", page.QuerySelector(".search-errors")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyOrAllPunctuationQueryIsAnEmptyPageNotAnError()
    {
        var client = app.CreateClient();
        foreach (var q in new[] { "", "   ", "\"\"", "*", "AND OR NOT", "(((", "-", "“”", "^^^", "NEAR" })
        {
            var result = await client.SearchAsync("q=" + Uri.EscapeDataString(q));
            Assert.Empty(result.Results);
            Assert.Equal(0, result.Meta.Pagination.Total);
        }

        var (response, page) = await client.GetPageAsync("/search");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search", page.QuerySelector("main h1")!.Text());
        Assert.Null(page.QuerySelector(".search-results"));
    }

    [Fact]
    public async Task OperatorsAndSyntaxInAQueryAreTreatedAsWords()
    {
        await app.SaveAsync(SearchHelpers.Story("syntax", "Syntax story", "The snorkack and the crumple-horned beast."));
        var client = app.CreateClient();

        foreach (var q in new[] { "snorkack AND", "snorkack OR nothing-here", "snorkack*", "snorkack\"", "Headline:snorkack", "NEAR(snorkack beast)", "snorkack -beast", "{snorkack}", "snorkack^2", "'snorkack'", "snorkack & beast | !x", "snorkack <-> beast" })
        {
            var result = await client.SearchAsync("q=" + Uri.EscapeDataString(q));
            Assert.True(result.Results.Count <= 1, q);
        }

        Assert.Single(await client.HeadlinesAsync("snorkack AND"));
        Assert.Single(await client.HeadlinesAsync("crumple-horned"));
        Assert.Single(await client.HeadlinesAsync("{snorkack}"));
    }

    [Fact]
    public async Task TheMastheadFormSearchesFromEveryPage()
    {
        var (_, page) = await app.CreateClient().GetPageAsync("/no-such-page");
        var form = page.QuerySelector("header.masthead form[role=search]")!;

        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
    }
}
