using System.Net;
using System.Xml.Linq;
using Byline.Site;
using Byline.Tests.Infrastructure;
using static Byline.Tests.Seo.SitemapSchemas;

namespace Byline.Tests.Seo;

public sealed class SitemapTests(BylineApp app) : IClassFixture<BylineApp>
{
    [Fact]
    public async Task TheSitemapIndexAndEveryFileItNamesValidateAgainstTheSchemas()
    {
        await app.SaveAsync(TestStories.FreshStory("validated-in-the-sitemap"));
        var client = app.CreateClient();

        var index = Validate(await client.GetStringAsync("/sitemap.xml"), "/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => PathOf(s.Element(Sitemap + "loc")!.Value)).ToList();
        Assert.Equal(["/sitemaps/pages.xml", "/sitemaps/stories-1.xml", "/sitemaps/people-1.xml", "/sitemaps/organisations-1.xml", "/sitemaps/places-1.xml", "/sitemaps/news.xml"], files);
        foreach (var file in files)
        {
            var response = await client.GetAsync(file);
            Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
            var sitemap = Validate(await response.Content.ReadAsStringAsync(), file);
            Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
            Assert.NotEmpty(sitemap.Root.Elements(Sitemap + "url"));
        }
    }

    [Fact]
    public async Task StorySitemapListsEveryLiveStoryOnceWithItsImage()
    {
        await app.SaveAsync(TestStories.FreshStory("pictured-in-the-sitemap"));
        await app.SaveAsync(TestStories.FreshStory("a-draft-is-not-listed") with { Status = StoryStatus.Draft });
        await app.SaveAsync(TestStories.FreshStory("syndicated-elsewhere") with { CanonicalUrl = "https://example.com/original" });
        var expected = await app.QueryAsync(db => db.Stories.Live(DateTime.UtcNow).Where(s => s.CanonicalUrl == null).CountAsync());

        var sitemap = Validate(await app.CreateClient().GetStringAsync("/sitemaps/stories-1.xml"), "stories-1");

        var urls = sitemap.Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(expected, locations.Count);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.DoesNotContain("http://localhost/politics/a-draft-is-not-listed", locations);
        Assert.DoesNotContain("http://localhost/politics/syndicated-elsewhere", locations);
        var pictured = urls.Single(u => u.Element(Sitemap + "loc")!.Value == "http://localhost/politics/pictured-in-the-sitemap");
        Assert.Equal("http://localhost/media/pictured-in-the-sitemap.jpg", pictured.Element(Image + "image")!.Element(Image + "loc")!.Value);
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", u.Element(Sitemap + "lastmod")!.Value));
    }

    [Theory]
    [InlineData("/sitemaps/stories-0.xml")]
    [InlineData("/sitemaps/stories-2.xml")]
    [InlineData("/sitemaps/stories--1.xml")]
    [InlineData("/sitemaps/stories-two.xml")]
    [InlineData("/sitemaps/stories-99999999999999.xml")]
    [InlineData("/sitemaps/stories-2147483647.xml")]
    [InlineData("/sitemaps/other.xml")]
    public async Task SitemapFilesThatDoNotExistAreNotFound(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PagesSitemapListsHomeSectionsTagsAuthorsAndStaticPages()
    {
        var sitemap = Validate(await app.CreateClient().GetStringAsync("/sitemaps/pages.xml"), "pages");

        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => PathOf(u.Element(Sitemap + "loc")!.Value)).ToList();
        Assert.Equal("/", locations[0]);
        foreach (var path in new[] { "/politics", "/world", "/sport", "/tag/malaysia", "/author/aryan-singh", "/author/nguyen-thi-lan", "/about", "/privacy" })
        {
            Assert.Contains(path, locations);
        }

        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemapIndexAndTheNewsSitemap()
    {
        var response = await app.CreateClient().GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Sitemap: http://localhost/sitemaps/news.xml", lines);
    }
}
