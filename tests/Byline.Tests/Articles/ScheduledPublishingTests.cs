using System.Net;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Byline.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Articles;

public sealed class ScheduledPublishingTests : IAsyncLifetime
{
    private readonly BylineApp _app = new() { Settings = { ["Byline:SchedulerSeconds"] = "0.2" } };

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    private Task<ImportOutcome> ScheduleAsync(string headline, DateTime at) => _app.WithServicesAsync(s =>
        s.GetRequiredService<StoryWriter>().SaveAsync(
            new IncomingStory { Headline = headline, BodyMarkdown = "Polls close at eight.", Section = "Politics", Status = StoryStatus.Scheduled, PublishedAt = at },
            CancellationToken.None));

    [Fact]
    public async Task AScheduledStoryGoesLiveAtItsTimeAndNotBefore()
    {
        var client = _app.CreateClient();
        await ScheduleAsync("Polls Open Across the Country", DateTime.UtcNow.AddSeconds(2));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/politics/polls-open-across-the-country")).StatusCode);

        for (var i = 0; i < 150; i++)
        {
            if ((await client.GetAsync("/politics/polls-open-across-the-country")).StatusCode == HttpStatusCode.OK)
            {
                var status = await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.Where(x => x.Slug == "polls-open-across-the-country").Select(x => x.Status).SingleAsync());
                Assert.Equal(StoryStatus.Published, status);
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the story did not go live within 15 s of its time");
    }

    [Fact]
    public async Task AStoryPublishedForALaterTimeWaitsAsScheduled()
    {
        await _app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(
            new IncomingStory { Headline = "Embargoed Until Noon", BodyMarkdown = "Text.", Status = StoryStatus.Published, PublishedAt = DateTime.UtcNow.AddHours(1) },
            CancellationToken.None));

        var status = await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.Where(x => x.Slug == "embargoed-until-noon").Select(x => x.Status).SingleAsync());
        Assert.Equal(StoryStatus.Scheduled, status);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/news/embargoed-until-noon")).StatusCode);
    }

    [Fact]
    public async Task SeveralNodesPublishAScheduledStoryOnceWithOneWebhookDelivery()
    {
        await _app.WithServicesAsync(s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.Webhooks.Add(new Webhook { Name = "n", Event = WebhookEvents.Published, TargetUrl = "https://example.invalid/hook", Secret = "s", CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        await ScheduleAsync("Results Expected Overnight", DateTime.UtcNow.AddSeconds(-1));

        // A second node on the same database, racing the first.
        await using var second = _app.WithWebHostBuilder(b => b.UseSetting("Byline:Demo", "false"));
        var first = _app.Services.GetRequiredService<Byline.Articles.ScheduledPublishing>();
        var other = second.Services.GetRequiredService<Byline.Articles.ScheduledPublishing>();
        var counts = await Task.WhenAll(first.PublishDueAsync(CancellationToken.None), other.PublishDueAsync(CancellationToken.None));

        Assert.True(counts.Sum() <= 1);
        var deliveries = await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().WebhookDeliveries.CountAsync(d => d.Event == WebhookEvents.Published));
        Assert.Equal(1, deliveries);
    }
}
