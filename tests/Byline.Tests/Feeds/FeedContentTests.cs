using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Byline.Import;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Feeds;

public sealed class FeedContentTests(BylineApp app) : IClassFixture<BylineApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ACorrectionMovesTheItemsUpdatedTimeButNotItsPublishedTime()
    {
        var published = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
        var corrected = published.AddHours(5);
        await app.SaveAsync(TestStories.FreshStory("corrected-later", published) with { Corrections = [(corrected, "An earlier version misspelled a name.")] });
        var client = app.CreateClient();

        var atom = XDocument.Parse(await client.GetStringAsync("/atom.xml"));
        var entry = atom.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Fresh story corrected-later");
        Assert.Equal("2026-03-02T08:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2026-03-02T13:00:00Z", entry.Element(Atom + "updated")!.Value);

        var json = JsonDocument.Parse(await client.GetStringAsync("/feed.json")).RootElement;
        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Fresh story corrected-later");
        Assert.Equal("2026-03-02T08:00:00Z", item.GetProperty("date_published").GetString());
        Assert.Equal("2026-03-02T13:00:00Z", item.GetProperty("date_modified").GetString());

        var read = await NodeTools.RunAsync("feeds.mjs", await client.GetStringAsync("/rss.xml"), ".xml");
        var rss = read.GetProperty("feedparser").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Fresh story corrected-later");
        Assert.Equal("2026-03-02T08:00:00.000Z", rss.GetProperty("published").GetString());
        Assert.Equal("2026-03-02T13:00:00Z", rss.GetProperty("atomUpdated").GetString());
    }

    [Fact]
    public async Task ItemIdIsTheStorysPublicIdAndSurvivesANewHeadlineAndAddress()
    {
        var story = TestStories.FreshStory("before-the-rename") with { SourceKey = "md:rename-test" };
        await app.SaveAsync(story);
        var publicId = await app.QueryAsync(db => db.Stories.Where(s => s.SourceKey == "md:rename-test").Select(s => s.PublicId).SingleAsync());
        await app.SaveAsync(story with { Headline = "A better headline", Slug = "after-the-rename" });

        var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/politics/feed.json")).RootElement;

        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == $"urn:uuid:{publicId}");
        Assert.Equal("A better headline", item.GetProperty("title").GetString());
        Assert.Equal("http://localhost/politics/after-the-rename", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task FeedsCarryTheLatestTwentyLiveStoriesNewestFirst()
    {
        for (var i = 0; i < 3; i++)
        {
            await app.SaveAsync(TestStories.FreshStory($"one-of-many-{i}", DateTime.UtcNow.AddMinutes(-10 - i)));
        }

        await app.SaveAsync(TestStories.FreshStory("still-a-draft") with { Status = StoryStatus.Draft });
        await app.SaveAsync(TestStories.FreshStory("not-yet", DateTime.UtcNow.AddDays(1)));
        var expected = await app.QueryAsync(db => db.Stories.Where(s => s.Status == StoryStatus.Published && s.PublishedAt <= DateTime.UtcNow)
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id).Take(20).Select(s => s.PublicId).ToListAsync());
        Assert.True(await app.QueryAsync(db => db.Stories.CountAsync()) > 22);

        var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/feed.json")).RootElement;

        var ids = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(expected.Select(id => $"urn:uuid:{id}").ToList(), ids);
        var dates = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date_published").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task JsonFeedHasWhatVersionOnePointOneRequires()
    {
        await app.SaveAsync(TestStories.FreshStory("json-shape"));

        var response = await app.CreateClient().GetAsync("/tag/malaysia/feed.json");

        Assert.Equal("application/feed+json", response.Content.Headers.ContentType!.MediaType);
        var feed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("Malaysia — The Meridian Ledger", feed.GetProperty("title").GetString());
        Assert.Equal("http://localhost/tag/malaysia", feed.GetProperty("home_page_url").GetString());
        Assert.Equal("http://localhost/tag/malaysia/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal("en", feed.GetProperty("language").GetString());
        foreach (var item in feed.GetProperty("items").EnumerateArray())
        {
            Assert.Matches("^urn:uuid:", item.GetProperty("id").GetString());
            Assert.NotEmpty(item.GetProperty("content_html").GetString()!);
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_modified").GetString(), out _));
            Assert.All(item.GetProperty("authors").EnumerateArray(), a => Assert.StartsWith("http://localhost/author/", a.GetProperty("url").GetString(), StringComparison.Ordinal));
            Assert.Contains("Malaysia", item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        var fresh = feed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Fresh story json-shape");
        Assert.Equal("http://localhost/media/json-shape.jpg", fresh.GetProperty("image").GetString());
        Assert.Equal("A dek for the fresh story.", fresh.GetProperty("summary").GetString());
        Assert.Equal(["Aryan Singh", "Farah Iskandar"], fresh.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("/tag/nope/rss.xml")]
    [InlineData("/tag/nope/atom.xml")]
    [InlineData("/author/nobody/feed.json")]
    [InlineData("/no-such-section/rss.xml")]
    [InlineData("/about/atom.xml")]
    public async Task SectionsTagsAndAuthorsThatDoNotExistHaveNoFeed(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("public", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }
}
