using System.Net;
using System.Net.Http.Headers;
using Byline.Site;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Feeds;

// Feeds and sitemaps are polled constantly: unchanged documents answer 304 to a reader that
// already has them, and HEAD answers with the headers alone.
public sealed class RevalidationTests(BylineApp app) : IClassFixture<BylineApp>
{
    public static TheoryData<string> Documents() => new(
        "/rss.xml", "/atom.xml", "/feed.json", "/politics/rss.xml", "/tag/malaysia/atom.xml", "/author/aryan-singh/feed.json",
        "/sitemap.xml", "/sitemaps/stories-1.xml", "/sitemaps/pages.xml", "/sitemaps/news.xml", "/robots.txt");

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AReaderWithTheCurrentETagGetsNotModified(string path)
    {
        var client = app.CreateClient();
        var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task DocumentsMayBeCachedPubliclyForAFewMinutes(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl.MaxAge);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.False(body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF, "the document starts with a byte order mark");
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Fact]
    public async Task IfModifiedSinceTheNewestStoryAnswersNotModifiedAndBeforeItTheFeed()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/rss.xml");
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);
        var newest = await app.QueryAsync(db => db.Stories.Live(DateTime.UtcNow).MaxAsync(s => s.UpdatedAt));
        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc)).ToUnixTimeSeconds(), lastModified.Value.ToUnixTimeSeconds());

        using var same = new HttpRequestMessage(HttpMethod.Get, "/rss.xml");
        same.Headers.IfModifiedSince = lastModified;
        using var earlier = new HttpRequestMessage(HttpMethod.Get, "/rss.xml");
        earlier.Headers.IfModifiedSince = lastModified.Value.AddMinutes(-1);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(same)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(earlier)).StatusCode);
    }

    [Fact]
    public async Task PublishingAStoryChangesTheETagSoReadersGetTheNewFeed()
    {
        var client = app.CreateClient();
        var before = (await client.GetAsync("/politics/atom.xml")).Headers.ETag!;

        await app.SaveAsync(TestStories.FreshStory("changes-the-etag"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/politics/atom.xml");
        request.Headers.IfNoneMatch.Add(before);
        var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains("Fresh story changes-the-etag", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody(string path)
    {
        var client = app.CreateClient();
        var get = await client.GetAsync(path);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("/rss.xml?page=%00&x=%3Cscript%3E")]
    [InlineData("/feed.json?format=../../etc/passwd")]
    [InlineData("/sitemap.xml?page=-1")]
    [InlineData("/sitemaps/news.xml?%E2%80%AE=1")]
    public async Task QueryJunkIsIgnored(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnparseableConditionalHeaderIsIgnoredNotAnError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/atom.xml");
        request.Headers.TryAddWithoutValidation("If-None-Match", "not an etag");
        request.Headers.TryAddWithoutValidation("If-Modified-Since", "yesterday-ish");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/atom+xml") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
    }
}
