using System.Xml.Linq;
using Byline.Tests.Infrastructure;
using static Byline.Tests.Seo.SitemapSchemas;

namespace Byline.Tests.Seo;

// Google News reads only the last two days: the demo's October 2025 stories must not be there.
public sealed class NewsSitemapTests(BylineApp app) : IClassFixture<BylineApp>
{
    [Fact]
    public async Task NewsSitemapListsOnlyStoriesOfTheLastTwoDaysWithPublicationLanguageDateAndTitle()
    {
        var published = DateTime.UtcNow.AddHours(-3);
        await app.SaveAsync(TestStories.FreshStory("in-the-news", published) with { Headline = "Floods close schools: what parents need to know" });
        await app.SaveAsync(TestStories.FreshStory("just-inside-the-window", DateTime.UtcNow.AddDays(-2).AddMinutes(5)));
        await app.SaveAsync(TestStories.FreshStory("three-days-old", DateTime.UtcNow.AddDays(-3)));
        await app.SaveAsync(TestStories.FreshStory("scheduled-for-tomorrow", DateTime.UtcNow.AddDays(1)));

        var news = Validate(await app.CreateClient().GetStringAsync("/sitemaps/news.xml"), "news");

        var urls = news.Root!.Elements(Sitemap + "url").ToList();
        Assert.Equal(
            ["http://localhost/politics/in-the-news", "http://localhost/politics/just-inside-the-window"],
            urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToArray());
        var entry = urls[0].Element(News + "news")!;
        Assert.Equal("The Meridian Ledger", entry.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("en", entry.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal(published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), entry.Element(News + "publication_date")!.Value);
        Assert.Equal("Floods close schools: what parents need to know", entry.Element(News + "title")!.Value);
        Assert.Equal(
            [News + "publication", News + "publication_date", News + "title"],
            entry.Elements().Select(e => e.Name).ToArray());
    }
}

public sealed class NewsSitemapLimitTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    [Fact]
    public async Task NewsSitemapListsAtMostAThousandStoriesTheNewestFirst()
    {
        var now = DateTime.UtcNow;
        await app.QueryAsync(async db =>
        {
            db.Stories.AddRange(Enumerable.Range(0, 1_005).Select(i => new Story
            {
                Headline = $"Wire story {i}",
                Slug = $"wire-story-{i}",
                Status = StoryStatus.Published,
                CreatedAt = now,
                PublishedAt = now.AddMinutes(-1 - i),
                UpdatedAt = now.AddMinutes(-1 - i),
            }));
            return await db.SaveChangesAsync();
        });

        var news = XDocument.Parse(await app.CreateClient().GetStringAsync("/sitemaps/news.xml"));

        var titles = news.Root!.Elements(Sitemap + "url").Select(u => u.Element(News + "news")!.Element(News + "title")!.Value).ToList();
        Assert.Equal(1_000, titles.Count);
        Assert.Equal("Wire story 0", titles[0]);
        Assert.Equal("Wire story 999", titles[^1]);
    }
}

public sealed class NewsLanguageTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("ms_MY", "ms")]
    [InlineData("zh-Hans", "zh-cn")]
    [InlineData("zh-Hant-TW", "zh-tw")]
    [InlineData("zh-HK", "zh-tw")]
    [InlineData("fil", "fil")]
    [InlineData("", "en")]
    public void NewsLanguageIsTheIsoCodeGoogleNewsAccepts(string publication, string news) =>
        Assert.Equal(news, Byline.Seo.NewsLanguage.From(publication));
}
