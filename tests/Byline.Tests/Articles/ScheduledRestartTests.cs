using System.Net;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Articles;

// A story whose time comes while no node is looking (the process was down, or its timer far off)
// goes live as soon as a node starts again: the schedule lives in the database, not in a timer.
public sealed class ScheduledRestartTests : IAsyncLifetime
{
    // Each node looks once when it starts and then not for an hour, so only a start can publish.
    private readonly BylineApp _app = new() { Settings = { ["Byline:SchedulerSeconds"] = "3600" } };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public async Task AStoryWhoseTimeCameWhileTheNodeWasDownGoesLiveWhenANodeStarts()
    {
        await _app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(
            new IncomingStory { Headline = "Ferry Service Resumes", BodyMarkdown = "Boats sail at dawn.", Section = "Politics", Status = StoryStatus.Scheduled, PublishedAt = DateTime.UtcNow.AddSeconds(1) },
            CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(StoryStatus.Scheduled, await StatusAsync(_app));

        // The restarted node: a new host on the same database.
        await using var restarted = _app.WithWebHostBuilder(b => b.UseSetting("Byline:Demo", "false"));
        var client = restarted.CreateClient();
        for (var i = 0; i < 100 && (await client.GetAsync("/politics/ferry-service-resumes")).StatusCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/politics/ferry-service-resumes")).StatusCode);
        Assert.Equal(StoryStatus.Published, await StatusAsync(_app));
    }

    private static Task<StoryStatus> StatusAsync(BylineApp app) =>
        app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.Where(x => x.Slug == "ferry-service-resumes").Select(x => x.Status).SingleAsync());
}
