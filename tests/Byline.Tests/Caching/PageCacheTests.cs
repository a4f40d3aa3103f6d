using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Byline.Caching;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Caching;

public sealed class PageCacheTests : IAsyncLifetime
{
    private const string OldWorldStory = "/world/manila-hospitals-nurse-shortage";
    private readonly BylineApp _app = new() { Settings = { ["Byline:Cache:PollMilliseconds"] = "100" } };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    private async Task<(string Cache, string Body)> GetAsync(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.TryGetValues(PageCacheMiddleware.CacheHeader, out var values) ? values.Single() : "none", await response.Content.ReadAsStringAsync());
    }

    private Task<ImportOutcome> SaveAsync(IncomingStory story) =>
        _app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(story, CancellationToken.None));

    private static async Task<string> WithinASecondAsync(Func<Task<string>> read, string expected)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string body;
        do
        {
            body = await read();
            if (body.Contains(expected, StringComparison.Ordinal))
            {
                return body;
            }

            await Task.Delay(50);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Fail($"'{expected}' did not show within a second");
        return body;
    }

    [Fact]
    public async Task APublishShowsOnTheCachedPagesItAffectsWithinASecondAndUnrelatedPagesStayCached()
    {
        string[] affected = ["/", "/politics", "/rss.xml", OldWorldStory, "/author/aryan-singh", "/tag/elections"];
        string[] unrelated = ["/world", "/about", "/author/tomas-ferreira", "/sport/rss.xml", "/tag/badminton"];
        foreach (var path in affected.Concat(unrelated))
        {
            await GetAsync(path);
            Assert.Equal("hit", (await GetAsync(path)).Cache);
        }

        await SaveAsync(new IncomingStory
        {
            Headline = "Snap Election Called for December",
            BodyMarkdown = "Parliament will be dissolved on Friday.",
            Section = "Politics",
            Tags = ["Elections"],
            Authors = [new IncomingAuthor("Aryan Singh")],
            PublishedAt = DateTime.UtcNow.AddSeconds(-5),
        });

        foreach (var path in affected)
        {
            await WithinASecondAsync(async () => (await GetAsync(path)).Body, "Snap Election Called for December");
        }

        foreach (var path in unrelated)
        {
            Assert.Equal("hit", (await GetAsync(path)).Cache);
        }
    }

    [Fact]
    public async Task SearchesAreCachedAndAPublishShowsInTheirResultsWithinASecond()
    {
        string[] searches = ["/api/search?q=lighthouse", "/search?q=lighthouse"];
        foreach (var path in searches)
        {
            await GetAsync(path);
            var (cache, body) = await GetAsync(path);
            Assert.Equal("hit", cache);
            Assert.DoesNotContain("Lighthouse Keepers Strike", body);
        }

        await SaveAsync(new IncomingStory
        {
            Headline = "Lighthouse Keepers Strike Over Pay",
            BodyMarkdown = "The lighthouse keepers walked out on Monday.",
            Section = "World",
            PublishedAt = DateTime.UtcNow.AddSeconds(-5),
        });

        foreach (var path in searches)
        {
            await WithinASecondAsync(async () => (await GetAsync(path)).Body, "Lighthouse Keepers Strike");
        }
    }

    [Fact]
    public async Task EditingAnOldStoryEvictsItsPagesButNotEveryOtherStory()
    {
        const string other = "/sport/kl-night-marathon-record-field";
        await GetAsync(OldWorldStory);
        await GetAsync(other);

        var story = await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.AsNoTracking()
            .Include(x => x.Section).Include(x => x.Authors).ThenInclude(a => a.Author).Include(x => x.Tags).SingleAsync(x => x.Slug == "manila-hospitals-nurse-shortage"));
        await SaveAsync(new IncomingStory
        {
            Headline = story.Headline,
            Slug = story.Slug,
            BodyMarkdown = story.BodyMarkdown + "\n\nThis paragraph was added later.",
            Section = story.Section!.Name,
            Authors = story.Authors.Select(a => new IncomingAuthor(a.Author!.Name)).ToList(),
            Tags = story.Tags.Select(t => t.Name).ToList(),
            PublishedAt = story.PublishedAt,
            Dek = story.Dek,
            Dateline = story.Dateline,
        });

        await WithinASecondAsync(async () => (await GetAsync(OldWorldStory)).Body, "This paragraph was added later.");
        Assert.Equal("hit", (await GetAsync(other)).Cache);
    }

    [Fact]
    public async Task AChangeMadeByAnotherNodeIsEvictedHereWithinASecond()
    {
        await GetAsync("/climate");
        await using var otherNode = _app.WithWebHostBuilder(b => b.UseSetting("Byline:Demo", "false"));
        _ = otherNode.Server;

        await using (var scope = otherNode.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StoryWriter>().SaveAsync(
                new IncomingStory { Headline = "Haze Returns to the Peninsula", BodyMarkdown = "Air quality fell.", Section = "Climate", PublishedAt = DateTime.UtcNow.AddSeconds(-1) },
                CancellationToken.None);
        }

        await WithinASecondAsync(async () => (await GetAsync("/climate")).Body, "Haze Returns to the Peninsula");
    }

    [Fact]
    public async Task StaffRequestsAreNeverAnsweredFromTheCacheNorCached()
    {
        await GetAsync("/business");
        var staff = _app.CreateClient();
        staff.DefaultRequestHeaders.Add("Cookie", "__Host-byline-session=abc");
        var signedIn = await staff.GetAsync("/business");
        Assert.False(signedIn.Headers.Contains(PageCacheMiddleware.CacheHeader));

        var withToken = _app.CreateClient();
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Ghost", "x");
        Assert.False((await withToken.GetAsync("/business")).Headers.Contains(PageCacheMiddleware.CacheHeader));
        Assert.Equal("hit", (await GetAsync("/business")).Cache);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task CompressedBodiesAreMadeOnceAndServedFromTheCache(string encoding)
    {
        var (_, plain) = await GetAsync("/technology");
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var first = await client.GetByteArrayAsync("/technology");
        var response = await client.GetAsync("/technology");
        var second = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("hit", response.Headers.GetValues(PageCacheMiddleware.CacheHeader).Single());
        Assert.Equal(first, second);
        Assert.True(second.Length < plain.Length / 2);
        using var input = new MemoryStream(second);
        using Stream decompressed = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed);
        Assert.Equal(plain, await reader.ReadToEndAsync());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task AReaderWithTheCurrentETagGetsNotModifiedAndHeadAnswersWithoutABody()
    {
        var client = _app.CreateClient();
        var first = await client.GetAsync("/author/mei-ling-tan");
        var etag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/author/mei-ling-tan");
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/author/mei-ling-tan"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Content.Headers.ContentLength, head.Content.Headers.ContentLength);

        var uncachedHead = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/sitemaps/pages.xml?fresh=1"));
        Assert.Equal(HttpStatusCode.OK, uncachedHead.StatusCode);
        Assert.Empty(await uncachedHead.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AMissingPageIsNeverCached()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/politics/not-yet")).StatusCode);
        await SaveAsync(new IncomingStory { Headline = "Not Yet", BodyMarkdown = "Now it is.", Section = "Politics", PublishedAt = DateTime.UtcNow.AddSeconds(-1) });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/politics/not-yet")).StatusCode);
    }
}
