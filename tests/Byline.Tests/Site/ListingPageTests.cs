using System.Net;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Site;

public sealed class ListingPageTests(BylineApp app) : IClassFixture<BylineApp>
{
    [Fact]
    public async Task HomeOpensWithTheLeadStoryThenLatestStoriesThenABlockPerSection()
    {
        var (response, page) = await app.CreateClient().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The Meridian Ledger", Assert.Single(page.QuerySelectorAll("h1")).Text());
        Assert.NotNull(page.QuerySelector(".lead .card-headline a"));
        Assert.InRange(page.QuerySelectorAll(".latest-list .card").Length, 5, 12);
        var blocks = page.QuerySelectorAll(".section-block h2").Select(h => h.Text()).ToList();
        Assert.Equal(["Politics", "World", "Business", "Technology", "Climate", "Sport"], blocks);
    }

    [Fact]
    public async Task HomePaginatesOlderStoriesAndRefusesPagesPastTheEnd()
    {
        var client = app.CreateClient();
        var (_, first) = await client.GetPageAsync("/");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/?page=2", next);

        var (secondResponse, second) = await client.GetPageAsync(next);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        var firstHeadlines = first.QuerySelectorAll(".lead .card-headline, .latest-list .card-headline").Select(h => h.Text()).ToHashSet();
        var secondHeadlines = second.QuerySelectorAll(".latest-list .card-headline").Select(h => h.Text()).ToList();
        Assert.NotEmpty(secondHeadlines);
        Assert.DoesNotContain(secondHeadlines, firstHeadlines.Contains);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/?page=99")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?page=-3")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?page=%3Cscript%3E")).StatusCode);
    }

    [Fact]
    public async Task SectionPageListsOnlyThatSectionsStoriesNewestFirst()
    {
        var (response, page) = await app.CreateClient().GetPageAsync("/business");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Business", page.QuerySelector("h1")!.Text());
        var cards = page.QuerySelectorAll(".cards .card");
        Assert.Equal(3, cards.Length);
        Assert.All(cards, c => Assert.StartsWith("/business/", c.QuerySelector(".card-headline a")!.GetAttribute("href"), StringComparison.Ordinal));
        var times = cards.Select(c => c.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        Assert.Equal("page", page.QuerySelector("nav[aria-label=Sections] a[href='/business']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task TagPageListsEveryStoryWithTheTag()
    {
        var (response, page) = await app.CreateClient().GetPageAsync("/tag/malaysia");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Malaysia", page.QuerySelector("h1")!.Text());
        Assert.Equal(8, page.QuerySelectorAll(".cards .card").Length);
    }

    [Fact]
    public async Task AuthorPageShowsTheProfileAndTheirStories()
    {
        var (response, page) = await app.CreateClient().GetPageAsync("/author/aryan-singh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Aryan Singh", page.QuerySelector("h1")!.Text());
        Assert.Equal("Political Reporter", page.QuerySelector(".author-profile .job-title")!.Text());
        Assert.StartsWith("Aryan Singh is a political reporter", page.QuerySelector(".author-profile .bio")!.Text(), StringComparison.Ordinal);
        var stories = page.QuerySelectorAll(".cards .card-headline a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with", stories);
        Assert.Contains("/politics/asean-summit-issues-to-watch", stories);
    }

    [Theory]
    [InlineData("/about", "About")]
    [InlineData("/terms", "Terms")]
    [InlineData("/privacy", "Privacy")]
    public async Task StaticPagesRenderAndAreLinkedFromEveryFooter(string path, string label)
    {
        var client = app.CreateClient();
        var (response, page) = await client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll(".page-body p"));
        var (_, home) = await client.GetPageAsync("/");
        Assert.Equal(label, home.QuerySelector($"footer a[href='{path}']")!.Text());
        Assert.Contains("The Meridian Ledger", home.QuerySelector("footer .copyright")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-section")]
    [InlineData("/tag/no-such-tag")]
    [InlineData("/author/nobody")]
    [InlineData("/a/b/c")]
    [InlineData("/%E2%80%AE%3Cscript%3E")]
    public async Task UnknownAddressesGetTheStyledNotFoundPage(string path)
    {
        var (response, page) = await app.CreateClient().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(page.QuerySelector("nav[aria-label=Sections]"));
        // The only script elements are JSON-LD data, which no browser runs.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
    }

    [Fact]
    public async Task ThemeAssetsAreFingerprintedAndCachedForAYear()
    {
        var client = app.CreateClient();
        var (_, page) = await client.GetPageAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/theme/site\.css\?v=[0-9a-f]{12}$", css);

        var response = await client.GetAsync(css);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
    }
}
