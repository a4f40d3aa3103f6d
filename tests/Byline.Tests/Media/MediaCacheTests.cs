using Byline.Media;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Media;

// A change to a library image's description reaches the cached pages of the stories it leads.
public sealed class MediaCacheTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new() { Settings = { ["Byline:Cache:PollMilliseconds"] = "100" } };
    private readonly string _media = Directory.CreateTempSubdirectory("byline-media-").FullName;

    public async Task InitializeAsync()
    {
        _app.Settings["Byline:Media:Path"] = _media;
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_media, recursive: true);
    }

    [Fact]
    public async Task ANewCreditInTheLibraryShowsOnTheCachedStoryPage()
    {
        var asset = await _app.WithServicesAsync(s => s.GetRequiredService<MediaLibrary>()
            .UploadAsync(new MemoryStream(TestImages.Png(700, 400)), "chart.png", null, CancellationToken.None));
        await _app.SaveAsync(TestStories.FreshStory("rates-chart") with { Image = new FeaturedImage { Url = asset.Url, Alt = "Interest rates since 2020" } });
        var client = _app.CreateClient();

        // The saves above are also evicted by the poller when it sees them; let it pass first.
        await Task.Delay(500);
        await client.GetAsync("/politics/rates-chart");
        var cached = await client.GetAsync("/politics/rates-chart");
        Assert.Equal("hit", cached.Headers.GetValues("X-Byline-Cache").Single());

        await _app.QueryAsync(async db =>
        {
            var row = await db.MediaAssets.SingleAsync();
            row.Credit = "Central bank figures";
            return await db.SaveChangesAsync();
        });

        var (_, page) = await client.GetPageAsync("/politics/rates-chart");
        Assert.Contains("Central bank figures", page.QuerySelector("figure.featured figcaption")!.Text(), StringComparison.Ordinal);
    }
}
