using Byline.Site;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static Byline.Tests.Seo.SitemapSchemas;

namespace Byline.Tests.Seo;

// The demo's 20 stories with at most 7 a file: three story sitemaps, none larger than the limit.
public sealed class StorySitemapPagingTests(StorySitemapPagingTests.SevenPerFileApp app) : IClassFixture<StorySitemapPagingTests.SevenPerFileApp>
{
    public sealed class SevenPerFileApp : BylineApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Byline:Sitemaps:StoriesPerFile", "7");
        }
    }

    [Fact]
    public async Task StoriesAreSplitIntoFilesOfAtMostTheLimitAndTheIndexNamesEach()
    {
        var client = app.CreateClient();
        var live = await app.QueryAsync(db => db.Stories.Live(DateTime.UtcNow).CountAsync());
        Assert.Equal(20, live);

        var index = Validate(await client.GetStringAsync("/sitemap.xml"), "index");
        var files = index.Root!.Elements(Sitemap + "sitemap").Select(s => PathOf(s.Element(Sitemap + "loc")!.Value))
            .Where(p => p.StartsWith("/sitemaps/stories-", StringComparison.Ordinal)).ToList();

        Assert.Equal(["/sitemaps/stories-1.xml", "/sitemaps/stories-2.xml", "/sitemaps/stories-3.xml"], files);
        var all = new List<string>();
        foreach (var file in files)
        {
            var sitemap = Validate(await client.GetStringAsync(file), file);
            var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
            Assert.InRange(locations.Count, 1, 7);
            all.AddRange(locations);
        }

        Assert.Equal(20, all.Distinct().Count());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/sitemaps/stories-4.xml")).StatusCode);
    }
}
