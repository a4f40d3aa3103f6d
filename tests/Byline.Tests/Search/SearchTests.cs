using System.Net;
using AngleSharp.Dom;
using Byline.Import;
using Byline.Search;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Search;

// What a reader finds, through the API and the page, as stories are published, edited, unpublished
// and deleted. Every test uses words of its own, so they can share one publication.
public sealed class SearchTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    [Fact]
    public async Task AHeadlineMatchRanksAboveABodyOnlyMatch()
    {
        await app.SaveAsync(SearchHelpers.Story("rank-body", "Council meets on Tuesday", "The council discussed the marmalite quarry among other things."));
        await app.SaveAsync(SearchHelpers.Story("rank-headline", "Marmalite quarry to close", "The quarry employs forty people."));

        Assert.Equal(["Marmalite quarry to close", "Council meets on Tuesday"], await app.CreateClient().HeadlinesAsync("marmalite"));
    }

    [Fact]
    public async Task AccentsAreFoldedBothWays()
    {
        await app.SaveAsync(SearchHelpers.Story("accents", "Đà Nẵng reservoir pilot", "Nguyễn Thị Quỳnh of São Paulo said the Ørsundvik plan works.", author: "Trần Văn Bảo"));
        var client = app.CreateClient();

        Assert.Equal(["Đà Nẵng reservoir pilot"], await client.HeadlinesAsync("nguyen quynh"));
        Assert.Equal(["Đà Nẵng reservoir pilot"], await client.HeadlinesAsync("Sao Paulo"));
        Assert.Equal(["Đà Nẵng reservoir pilot"], await client.HeadlinesAsync("Quỳnh"));
        Assert.Equal(["Đà Nẵng reservoir pilot"], await client.HeadlinesAsync("tran van bao"));
        var snippet = (await client.SearchAsync("q=quynh")).Results.Single().Snippet;
        Assert.Contains("<mark>Quỳnh</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotedWordsMatchAsAPhrase()
    {
        await app.SaveAsync(SearchHelpers.Story("phrase-in-order", "Ferry timetable", "The vellichor ferry leaves at dawn."));
        await app.SaveAsync(SearchHelpers.Story("phrase-apart", "Harbour works", "The ferry was late; a vellichor mood hung over the dock."));
        var client = app.CreateClient();

        Assert.Equal(["Ferry timetable"], await client.HeadlinesAsync("\"vellichor ferry\""));
        Assert.Equal(2, (await client.HeadlinesAsync("vellichor ferry")).Count);
        Assert.Equal(["Ferry timetable"], await client.HeadlinesAsync("“vellichor ferry” dawn"));
    }

    [Fact]
    public async Task WordsAlsoMatchAsPrefixesAndAllMustBePresent()
    {
        await app.SaveAsync(SearchHelpers.Story("prefix-floods", "River rises", "Grelkwater floods closed the road."));
        await app.SaveAsync(SearchHelpers.Story("prefix-other", "River falls", "Grelkwater levels dropped."));
        var client = app.CreateClient();

        Assert.Equal(["River rises"], await client.HeadlinesAsync("grelkwat flood"));
        Assert.Equal(2, (await client.HeadlinesAsync("grelkwater")).Count);
    }

    [Fact]
    public async Task FiltersBySectionAuthorAndPublicationDay()
    {
        // The demo-less publication runs on UTC; 23:30 on the 9th is still the 9th.
        await app.SaveAsync(SearchHelpers.Story("filter-a", "Tarnwick budget", "The tarnwick council.", author: "Ana Filter", section: "Politics") with { PublishedAt = new DateTime(2025, 3, 9, 23, 30, 0, DateTimeKind.Utc) });
        await app.SaveAsync(SearchHelpers.Story("filter-b", "Tarnwick derby", "The tarnwick match.", author: "Ben Filter", section: "Sport") with { PublishedAt = new DateTime(2025, 3, 10, 0, 30, 0, DateTimeKind.Utc) });
        await app.SaveAsync(SearchHelpers.Story("filter-c", "Tarnwick transfer", "The tarnwick club.", author: "Ana Filter", section: "Sport") with { PublishedAt = new DateTime(2025, 3, 12, 8, 0, 0, DateTimeKind.Utc) });
        var client = app.CreateClient();

        async Task<List<string>> Find(string filters) => (await client.SearchAsync("q=tarnwick&" + filters)).Results.Select(r => r.Headline).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Tarnwick derby", "Tarnwick transfer"], await Find("section=sport"));
        Assert.Equal(["Tarnwick budget", "Tarnwick transfer"], await Find("author=ana-filter"));
        Assert.Equal(["Tarnwick transfer"], await Find("author=ana-filter&section=sport"));
        Assert.Equal(["Tarnwick budget"], await Find("to=2025-03-09"));
        Assert.Equal(["Tarnwick derby", "Tarnwick transfer"], await Find("from=2025-03-10"));
        Assert.Equal(["Tarnwick derby"], await Find("from=2025-03-10&to=2025-03-11"));
        Assert.Empty(await Find("section=no-such-section"));
        Assert.Empty(await Find("author=Ana%20Filter%00"));
    }

    [Fact]
    public async Task ResultsComeTenToAPageWithTheTotal()
    {
        for (var i = 0; i < 23; i++)
        {
            await app.SaveAsync(SearchHelpers.Story($"paged-{i}", $"Pagination story {i}", $"Every one of these mentions quillberry, number {i}."));
        }

        var client = app.CreateClient();
        var first = await client.SearchAsync("q=quillberry");
        var third = await client.SearchAsync("q=quillberry&page=3");
        var beyond = await client.SearchAsync("q=quillberry&page=4");

        Assert.Equal((1, 10, 3, 23, (int?)2, (int?)null), (first.Meta.Pagination.Page, first.Meta.Pagination.Limit, first.Meta.Pagination.Pages, first.Meta.Pagination.Total, first.Meta.Pagination.Next, first.Meta.Pagination.Prev));
        Assert.Equal(10, first.Results.Count);
        Assert.Equal(3, third.Results.Count);
        Assert.Equal((int?)null, third.Meta.Pagination.Next);
        Assert.Empty(beyond.Results);
        Assert.Equal(23, beyond.Meta.Pagination.Total);
        var all = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            all.AddRange((await client.SearchAsync($"q=quillberry&page={page}")).Results.Select(r => r.Url));
        }

        Assert.Equal(23, all.Distinct().Count());

        var (response, html) = await client.GetPageAsync("/search?q=quillberry&page=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, html.QuerySelectorAll(".search-result").Length);
        Assert.Equal("/search?q=quillberry&page=3", html.QuerySelector(".search-pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/search?q=quillberry", html.QuerySelector(".search-pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("23 stories found", html.QuerySelector("#search-results-count")!.Text());
    }

    [Fact]
    public async Task DraftsAndStoriesScheduledForLaterAreNotFound()
    {
        await app.SaveAsync(SearchHelpers.Story("hidden-draft", "Draft about plimsoleum", "plimsoleum") with { Status = StoryStatus.Draft, PublishedAt = null });
        await app.SaveAsync(SearchHelpers.Story("hidden-later", "Embargoed plimsoleum", "plimsoleum") with { PublishedAt = DateTime.UtcNow.AddHours(3) });
        await app.SaveAsync(SearchHelpers.Story("hidden-review", "Reviewed plimsoleum", "plimsoleum") with { Status = StoryStatus.InReview });
        await app.SaveAsync(SearchHelpers.Story("shown", "Published plimsoleum", "plimsoleum"));

        Assert.Equal(["Published plimsoleum"], await app.CreateClient().HeadlinesAsync("plimsoleum"));
    }

    [Fact]
    public async Task EditingAStoryChangesWhatFindsIt()
    {
        var story = SearchHelpers.Story("edited", "Harbour report", "The old word is zephyrant.");
        await app.SaveAsync(story);
        var client = app.CreateClient();
        Assert.Single(await client.HeadlinesAsync("zephyrant"));

        await app.SaveAsync(story with { BodyMarkdown = "The new word is quorvane.", Tags = ["Brindlecove"] });

        Assert.Empty(await client.HeadlinesAsync("zephyrant"));
        Assert.Equal(["Harbour report"], await client.HeadlinesAsync("quorvane"));
        Assert.Equal(["Harbour report"], await client.HeadlinesAsync("brindlecove"));
    }

    [Fact]
    public async Task UnpublishingAndDeletingTakeAStoryOutOfSearch()
    {
        var unpublished = SearchHelpers.Story("unpublished", "Going away", "The word is skarnholt.");
        await app.SaveAsync(unpublished);
        await app.SaveAsync(SearchHelpers.Story("deleted", "Deleted soon", "The word is skarnholt too."));
        var client = app.CreateClient();
        Assert.Equal(2, (await client.HeadlinesAsync("skarnholt")).Count);

        await app.SaveAsync(unpublished with { Status = StoryStatus.Unpublished });
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.Stories.Remove(await db.Stories.SingleAsync(x => x.Slug == "deleted"));
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await client.HeadlinesAsync("skarnholt"));
        Assert.Equal(0, await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().SearchDocuments
            .CountAsync(d => d.Headline == "Going away" || d.Headline == "Deleted soon")));
    }

    [Fact]
    public async Task RenamingAnAuthorOrTagIsFoundUnderTheNewName()
    {
        await app.SaveAsync(SearchHelpers.Story("renamed", "Renaming story", "Body text.", author: "Old Vantablade") with { Tags = ["Oldtagword"] });
        await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            (await db.Authors.SingleAsync(a => a.Slug == "old-vantablade")).Name = "New Vantablade Crossley";
            (await db.Tags.SingleAsync(t => t.Slug == "oldtagword")).Name = "Newtagword";
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient();

        Assert.Equal(["Renaming story"], await client.HeadlinesAsync("crossley"));
        Assert.Equal(["Renaming story"], await client.HeadlinesAsync("newtagword"));
        Assert.Empty(await client.HeadlinesAsync("oldtagword"));
    }

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

    [Fact]
    public async Task APublishedTimeAndLinksComeWithEachResult()
    {
        await app.SaveAsync(SearchHelpers.Story("links", "Links story", "The wabewick word.", author: "Cora Linkwell", section: "Business") with { PublishedAt = new DateTime(2025, 10, 21, 7, 30, 0, DateTimeKind.Utc) });

        var hit = (await app.CreateClient().SearchAsync("q=wabewick")).Results.Single();

        Assert.StartsWith("http", hit.Url, StringComparison.Ordinal);
        Assert.EndsWith("/business/links", hit.Url, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 10, 21, 7, 30, 0, TimeSpan.Zero), hit.PublishedAt);
        Assert.Equal(("Business", "business"), (hit.Section!.Name, hit.Section.Slug));
        Assert.Equal("cora-linkwell", Assert.Single(hit.Authors).Slug);
    }
}
