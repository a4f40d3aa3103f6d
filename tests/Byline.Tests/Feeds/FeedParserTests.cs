using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Byline.Site;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Feeds;

// Feed readers are built on parsers like these two; every feed must come through both intact.
public sealed class FeedParserTests(BylineApp app) : IClassFixture<BylineApp>
{
    public static TheoryData<string, string> XmlFeeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "", "/politics", "/tag/malaysia", "/author/aryan-singh" })
        {
            data.Add(page, "rss.xml");
            data.Add(page, "atom.xml");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task FeedparserAndRssParserReadEveryStoryOfTheFeedInOrder(string page, string file)
    {
        var response = await app.CreateClient().GetAsync($"{page}/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file == "rss.xml" ? "application/rss+xml" : "application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        XDocument.Parse(xml);
        var expected = await ExpectedHeadlinesAsync(page);
        Assert.NotEmpty(expected);

        var read = await NodeTools.RunAsync("feeds.mjs", xml, ".xml");

        foreach (var parser in new[] { "feedparser", "rssParser" })
        {
            var result = read.GetProperty(parser);
            Assert.False(result.TryGetProperty("error", out var error), $"{parser}: {error}");
            var items = result.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(expected, items.Select(i => i.GetProperty("title").GetString()!).ToList());
            Assert.All(items, i => Assert.StartsWith("http://localhost/", i.GetProperty("link").GetString(), StringComparison.Ordinal));
            Assert.All(items, i => Assert.Matches("^urn:uuid:[0-9a-f-]{36}$", i.GetProperty(parser == "feedparser" ? "guid" : "id").GetString()));
        }

        var meta = read.GetProperty("feedparser").GetProperty("meta");
        Assert.Equal($"http://localhost{page}/{file}", meta.GetProperty("xmlurl").GetString());
        Assert.Equal($"http://localhost{(page == "" ? "/" : page)}", meta.GetProperty("link").GetString());
    }

    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    public async Task ParsersFindTheFullBodyTheBylineTheCategoriesAndTheImage(string file)
    {
        await app.SaveAsync(TestStories.FreshStory("parsed-in-full") with { Tags = ["Parsers", "Readers"] });

        var read = await NodeTools.RunAsync("feeds.mjs", await app.CreateClient().GetStringAsync($"/author/farah-iskandar/{file}"), ".xml");

        var item = read.GetProperty("feedparser").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Fresh story parsed-in-full");
        var body = item.GetProperty("description").GetString()!;
        Assert.Contains("First paragraph of parsed-in-full", body, StringComparison.Ordinal);
        Assert.Contains("Second paragraph of parsed-in-full", body, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/about\"", body, StringComparison.Ordinal);
        Assert.Equal(["Politics", "Parsers", "Readers"], item.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Equal(["Aryan Singh", "Farah Iskandar"], item.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToArray());

        var enclosure = Assert.Single(item.GetProperty("enclosures").EnumerateArray());
        Assert.Equal("http://localhost/media/parsed-in-full.jpg", enclosure.GetProperty("url").GetString());
        Assert.Equal("image/jpeg", enclosure.GetProperty("type").GetString());

        var other = read.GetProperty("rssParser").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Fresh story parsed-in-full");
        Assert.Contains("Second paragraph of parsed-in-full", other.GetProperty("content").GetString(), StringComparison.Ordinal);
        if (file == "rss.xml")
        {
            Assert.Equal("http://localhost/media/parsed-in-full.jpg", other.GetProperty("enclosure").GetProperty("url").GetString());
            Assert.Equal(["Politics", "Parsers", "Readers"], other.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToArray());
        }
    }

    private Task<List<string>> ExpectedHeadlinesAsync(string page) => app.QueryAsync(db =>
    {
        var stories = db.Stories.Live(DateTime.UtcNow);
        var slug = page.Split('/')[^1];
        stories = page switch
        {
            "" => stories,
            _ when page.StartsWith("/tag/", StringComparison.Ordinal) => stories.Where(s => s.Tags.Any(t => t.Slug == slug)),
            _ when page.StartsWith("/author/", StringComparison.Ordinal) => stories.Where(s => s.Authors.Any(a => a.Author!.Slug == slug)),
            _ => stories.Where(s => s.Section!.Slug == slug),
        };
        return stories.OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id).Take(20).Select(s => s.Headline).ToListAsync();
    });
}
