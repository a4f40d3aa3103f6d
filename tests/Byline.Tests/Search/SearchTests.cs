using System.Net;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Search;

// What a reader finds, through the API and the page: ranked, accent-blind, phrases and prefixes,
// filtered and paged. Every test uses words of its own, so they can share one publication.
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
        Assert.False(first.Meta.Pagination.Capped);
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
