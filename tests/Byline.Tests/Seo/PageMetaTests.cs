using System.Text.Json;
using AngleSharp.Dom;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Seo;

// What social sites, search engines and feed readers read from a page's <head>.
public sealed class PageMetaTests(BylineApp app) : IClassFixture<BylineApp>
{
    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    private static string[] MetaAll(IDocument page, string key) =>
        page.QuerySelectorAll($"meta[property='{key}']").Select(m => m.GetAttribute("content")!).ToArray();

    [Fact]
    public async Task StoryPageCarriesOpenGraphArticleAndTwitterCardTags()
    {
        var published = new DateTime(2026, 5, 4, 1, 30, 0, DateTimeKind.Utc);
        await app.SaveAsync(TestStories.FreshStory("shared-on-social", published) with { Corrections = [(published.AddHours(2), "A correction.")] });

        var (_, page) = await app.CreateClient().GetPageAsync("/politics/shared-on-social");

        Assert.Equal("http://localhost/politics/shared-on-social", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("http://localhost/media/shared-on-social.jpg", Meta(page, "og:image"));
        Assert.Equal("Alt text for shared-on-social", Meta(page, "og:image:alt"));
        Assert.Equal("A dek for the fresh story.", Meta(page, "og:description"));
        Assert.Equal("2026-05-04T09:30:00+08:00", Meta(page, "article:published_time"));
        Assert.Equal("2026-05-04T11:30:00+08:00", Meta(page, "article:modified_time"));
        Assert.Equal(["http://localhost/author/aryan-singh", "http://localhost/author/farah-iskandar"], MetaAll(page, "article:author"));
        Assert.Equal("Politics", Meta(page, "article:section"));
        Assert.Equal(["Elections", "Malaysia"], MetaAll(page, "article:tag"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal("Fresh story shared-on-social", Meta(page, "twitter:title"));
        Assert.Equal("http://localhost/media/shared-on-social.jpg", Meta(page, "twitter:image"));
    }

    [Fact]
    public async Task APageWithoutAnImageGetsTheSmallTwitterCardAndNoOgImage()
    {
        var (_, page) = await app.CreateClient().GetPageAsync("/politics");

        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:image"));
        Assert.Null(Meta(page, "article:published_time"));
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/about", null)]
    [InlineData("/business/green-startup-fund-launch", null)]
    [InlineData("/no-such-page", null)]
    [InlineData("/politics", "/politics")]
    [InlineData("/tag/malaysia", "/tag/malaysia")]
    [InlineData("/author/aryan-singh", "/author/aryan-singh")]
    public async Task PagesOfferTheSiteFeedsAndTheirOwnForAutodiscovery(string path, string? own)
    {
        var client = app.CreateClient();
        var (_, page) = await client.GetPageAsync(path);

        var links = page.QuerySelectorAll("head link[rel=alternate]").Select(l => (Type: l.GetAttribute("type")!, Href: l.GetAttribute("href")!, Title: l.GetAttribute("title"))).ToList();

        var expected = new List<(string, string)>
        {
            ("application/rss+xml", "http://localhost/rss.xml"),
            ("application/atom+xml", "http://localhost/atom.xml"),
            ("application/feed+json", "http://localhost/feed.json"),
        };
        if (own is not null)
        {
            expected.Add(("application/rss+xml", $"http://localhost{own}/rss.xml"));
            expected.Add(("application/atom+xml", $"http://localhost{own}/atom.xml"));
            expected.Add(("application/feed+json", $"http://localhost{own}/feed.json"));
        }

        Assert.Equal(expected, links.Select(l => (l.Type, l.Href)).ToList());
        Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.Title)));
        foreach (var (type, href) in links.Select(l => (l.Type, l.Href)))
        {
            var feed = await client.GetAsync(new Uri(href).PathAndQuery);
            Assert.Equal(type, feed.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task AHeadlineThatClosesTheScriptElementStaysInsideTheJsonLd()
    {
        const string headline = "</script><script>alert(1)</script>";
        await app.SaveAsync(TestStories.FreshStory("script-breakout") with { Headline = headline, Dek = "<!-- </script> & \u2028 -->", Tags = ["</script><img src=x onerror=alert(2)>"] });

        var html = await app.CreateClient().GetStringAsync("/politics/script-breakout");
        var page = await Html.ParseAsync(html);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
        var blocks = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();
        var article = blocks.Single(b => b.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal(headline, article.GetProperty("headline").GetString());
        Assert.Equal("<!-- </script> & \u2028 -->", article.GetProperty("description").GetString());
        Assert.Equal("</script><img src=x onerror=alert(2)>", article.GetProperty("keywords")[0].GetString());
    }
}
