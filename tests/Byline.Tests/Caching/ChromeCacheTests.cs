using System.Net;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Caching;

// The publication, sections, ads and Latest rail are kept in memory even with the page cache off;
// a change to any of them shows on the next render, here or on another node, within a second.
public sealed class ChromeCacheTests : IAsyncLifetime
{
    private const string Story = "/world/manila-hospitals-nurse-shortage";
    private readonly BylineApp _app = new() { Settings = { ["Byline:Cache:Enabled"] = "false", ["Byline:Cache:PollMilliseconds"] = "100", ["Byline:SchedulerSeconds"] = "0.2" } };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    private async Task<string> GetAsync(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task ShowsWithinAsync(string path, string expected, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            if ((await GetAsync(path)).Contains(expected, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50);
        }
        while (clock.Elapsed < within);
        Assert.Fail($"'{expected}' did not show on {path} within {within.TotalSeconds} s");
    }

    [Fact]
    public async Task RenamingASectionShowsInTheNavigationWithinASecond()
    {
        Assert.DoesNotContain("Planet and Weather", await GetAsync(Story));
        await _app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            (await db.Sections.SingleAsync(x => x.Slug == "climate")).Name = "Planet and Weather";
            return await db.SaveChangesAsync();
        });

        await ShowsWithinAsync(Story, "Planet and Weather", TimeSpan.FromSeconds(1));
        await ShowsWithinAsync("/", "Planet and Weather", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task APublishedStoryJoinsTheLatestRailWithinASecond()
    {
        await GetAsync(Story);
        await _app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(
            new IncomingStory { Headline = "Ferry Timetable Changes From Monday", BodyMarkdown = "New times.", Section = "World", PublishedAt = DateTime.UtcNow.AddSeconds(-1) },
            CancellationToken.None));

        await ShowsWithinAsync(Story, "Ferry Timetable Changes From Monday", TimeSpan.FromSeconds(1));
    }

    // The scheduler's publish is a save like any other, and evicts the rail.
    [Fact]
    public async Task AScheduledStoryJoinsTheLatestRailWhenItsTimeComes()
    {
        var goesLive = DateTime.UtcNow.AddSeconds(3);
        await _app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(
            new IncomingStory { Headline = "Night Market Returns to Petaling Street", BodyMarkdown = "Stalls open.", Section = "World", PublishedAt = goesLive },
            CancellationToken.None));
        var before = await GetAsync(Story);

        // On a slow machine the save and the render can take longer than the wait itself.
        if (DateTime.UtcNow < goesLive.AddSeconds(-0.5))
        {
            Assert.DoesNotContain("Night Market Returns to Petaling Street", before);
        }

        await ShowsWithinAsync(Story, "Night Market Returns to Petaling Street", TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task APublicationChangeMadeByAnotherNodeShowsHereWithinASecond()
    {
        await GetAsync(Story);
        await using var otherNode = _app.WithWebHostBuilder(b => b.UseSetting("Byline:Demo", "false"));
        _ = otherNode.Server;
        await using (var scope = otherNode.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
            (await db.Publication.OrderBy(p => p.Id).FirstAsync()).Name = "The Strait Evening Post";
            await db.SaveChangesAsync();
        }

        await ShowsWithinAsync(Story, "The Strait Evening Post", TimeSpan.FromSeconds(1));
    }
}
