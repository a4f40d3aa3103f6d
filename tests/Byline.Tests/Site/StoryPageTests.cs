using System.Net;
using AngleSharp.Dom;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Site;

public sealed class StoryPageTests(BylineApp app) : IClassFixture<BylineApp>
{
    private const string FixtureUrl = "/politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with";

    private static readonly string[] FixtureParagraphStarts =
    [
        "U.S. Secretary of State Marco Rubio has stated",
        "Rubio acknowledged potential unease in New Delhi",
        "\"New Delhi is concerned for obvious reasons",
        "Rubio highlighted that Washington's outreach",
        "The Secretary of State's comments come amid",
        "Addressing India's energy ties with Russia",
        "Some experts believe that U.S.-India relations",
        "Observers say the Jaishankar-Rubio meeting",
    ];

    [Fact]
    public async Task FixtureStoryShowsHeadlineAsTheOnlyH1()
    {
        var (response, page) = await app.CreateClient().GetPageAsync(FixtureUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Marco Rubio Highlights India's Multi-Alignment to Defend US Relationship with Pakistan: A Strategic Imperative.", h1.Text());
    }

    [Fact]
    public async Task FixtureStoryOpensWithItsDatelineAndKeepsAllEightParagraphsInOrder()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);
        var paragraphs = page.QuerySelectorAll(".story-body > p").Select(p => p.Text()).ToList();

        Assert.Equal(8, paragraphs.Count);
        Assert.Equal("Kuala Lumpur:", page.QuerySelector(".story-body p .origin")!.Text());
        Assert.Equal("Kuala Lumpur", page.QuerySelector(".story-origin")!.Text());
        for (var i = 0; i < FixtureParagraphStarts.Length; i++)
        {
            var expected = i == 0 ? "Kuala Lumpur: " + FixtureParagraphStarts[0] : FixtureParagraphStarts[i];
            Assert.StartsWith(expected, paragraphs[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FixtureStoryKeepsItsQuotesExactly()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);
        var body = page.QuerySelector(".story-body")!.Text();

        Assert.Contains("\"New Delhi is concerned for obvious reasons, but I don't think anything we're doing with Pakistan comes at the expense of our relationship with India,\" Rubio stated.", body, StringComparison.Ordinal);
        Assert.Contains("\"If they diversified their portfolio, the more they buy it from us, the less they'll buy it from someone else,\" he said.", body, StringComparison.Ordinal);
        Assert.Contains("\"deep, historic, and important\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixtureStoryBodyCarriesNoneOfTheCopiedPagesChrome()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);
        var body = page.QuerySelector(".story-body")!.Text();

        foreach (var chrome in new[] { "Advertisement", "Latest Post", "Written By", "About • Terms", "Privacy", "©", "DailyDigest360", "Aryan Singh is a political reporter" })
        {
            Assert.DoesNotContain(chrome, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task BylineLinksAryanSinghToHisAuthorPageAndTheWrittenByBoxCarriesHisBio()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);

        var byline = page.QuerySelector(".story-head .byline a[rel=author]")!;
        Assert.Equal("Aryan Singh", byline.Text());
        Assert.Equal("/author/aryan-singh", byline.GetAttribute("href"));
        var box = page.QuerySelector(".written-by")!;
        Assert.Contains("Aryan Singh is a political reporter known for his sharp analysis", box.Text(), StringComparison.Ordinal);
        Assert.Equal("/author/aryan-singh", box.QuerySelector("address a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PublishedTimeIsMachineReadableAndShownInThePublicationsZone()
    {
        var (_, page) = await app.CreateClient().GetPageAsync("/business/green-startup-fund-launch");

        var published = page.QuerySelector(".story-times time")!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", published.GetAttribute("datetime"));
        Assert.EndsWith("GMT+8", published.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionsShowBelowTheStory()
    {
        var (_, page) = await app.CreateClient().GetPageAsync("/business/green-startup-fund-launch");

        var corrections = page.QuerySelector(".corrections")!;
        Assert.Contains("RM2.4 billion, not RM4.2 billion", corrections.Text(), StringComparison.Ordinal);
        Assert.NotNull(corrections.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task AStoryWithoutADekIsDescribedByItsOpeningWords()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);

        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("Kuala Lumpur: U.S. Secretary of State Marco Rubio has stated", description, StringComparison.Ordinal);
        Assert.InRange(description.Length, 100, 161);
    }

    [Fact]
    public async Task StoryPageHasTheLatestRailTagsAndNoScript()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);

        var latest = page.QuerySelectorAll(".latest li a");
        Assert.InRange(latest.Length, 1, 5);
        Assert.DoesNotContain(latest, a => a.GetAttribute("href") == FixtureUrl);
        // The only script elements are JSON-LD data, which no browser runs.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.NotNull(page.QuerySelector("article header h1"));
        Assert.NotNull(page.QuerySelector("nav[aria-label=Sections]"));
        Assert.NotNull(page.QuerySelector("body > footer .copyright"));
    }

    [Fact]
    public async Task AdSlotsReserveTheirSizeSoNothingShifts()
    {
        var (_, page) = await app.CreateClient().GetPageAsync(FixtureUrl);

        var ads = page.QuerySelectorAll("aside.ad");
        Assert.NotEmpty(ads);
        foreach (var creative in ads.Select(a => a.QuerySelector("img, iframe")!))
        {
            Assert.Matches(@"^\d+$", creative.GetAttribute("width"));
            Assert.Matches(@"^\d+$", creative.GetAttribute("height"));
        }

        // The in-story slot sits between paragraphs, after the configured one.
        var inStory = page.QuerySelector(".story-body > aside.ad")!;
        Assert.Equal(3, inStory.ParentElement!.Children.TakeWhile(c => c != inStory).Count(c => c.LocalName == "p"));
    }

    [Fact]
    public async Task StoryUnderTheWrongSectionRedirectsPermanentlyToItsAddress()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/world/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(FixtureUrl, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownStoryGetsTheStyledNotFoundPage()
    {
        var (response, page) = await app.CreateClient().GetPageAsync("/politics/no-such-story");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("could not find", page.QuerySelector("h1")!.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet]"));
        Assert.NotNull(page.QuerySelector("footer .copyright"));
    }
}
