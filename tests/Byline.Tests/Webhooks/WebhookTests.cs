using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Byline.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Webhooks;

public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "test-secret-0123456789";
    private readonly EmptyBylineApp _app = new()
    {
        Settings =
        {
            ["Byline:Webhooks:PollSeconds"] = "0.1",
            ["Byline:Webhooks:RetryBaseSeconds"] = "0.2",
            ["Byline:Webhooks:MaxAttempts"] = "3",
            ["Byline:Webhooks:TimeoutSeconds"] = "2",
            ["Byline:Webhooks:AllowPrivateNetworks"] = "true",
        },
    };

    private Subscriber _subscriber = null!;

    public async Task InitializeAsync()
    {
        _subscriber = await Subscriber.StartAsync();
        await _app.InitializeAsync();
        await _app.WithServicesAsync(s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.Publication.Add(new Byline.Publication.PublicationSettings { Name = "Test Gazette", BaseUrl = "http://localhost" });
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _subscriber.DisposeAsync();
    }

    private Task<int> SubscribeAsync(string url, params string[] events) => _app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<BylineDb>();
        db.Webhooks.AddRange(events.Select(e => new Webhook { Name = "test", Event = e, TargetUrl = url, Secret = Secret, CreatedAt = DateTime.UtcNow }));
        return await db.SaveChangesAsync();
    });

    private Task<ImportOutcome> SaveAsync(IncomingStory story) =>
        _app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(story, CancellationToken.None));

    private static IncomingStory Story(string body = "The council met.", StoryStatus status = StoryStatus.Published) => new()
    {
        Headline = "Council Approves Budget",
        BodyMarkdown = body,
        Status = status,
        PublishedAt = DateTime.UtcNow.AddMinutes(-1),
        Section = "Politics",
        Authors = [new IncomingAuthor("Jane Roe")],
    };

    private Task<List<WebhookDelivery>> DeliveriesAsync() =>
        _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().WebhookDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    [Fact]
    public async Task PublishingAStoryDeliversASignedPostPublishedEvent()
    {
        await SubscribeAsync(_subscriber.Url, WebhookEvents.Published);

        await SaveAsync(Story());
        var (body, headers) = await _subscriber.NextAsync();

        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));
        Assert.Equal(expected, headers["X-Byline-Signature"]);
        Assert.Equal("post.published", headers["X-Byline-Event"]);
        var ghost = headers["X-Ghost-Signature"];
        var t = ghost.Split("t=")[1];
        Assert.Equal($"sha256={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body + t)))}, t={t}", ghost);
        var post = JsonNode.Parse(body)!["post"]!["current"]!;
        Assert.Equal("Council Approves Budget", post["title"]!.GetValue<string>());
        Assert.Equal("http://localhost/politics/council-approves-budget", post["url"]!.GetValue<string>());
        Assert.Equal("Jane Roe", post["authors"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("published", post["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditingUnpublishingAndDeletingEachReachTheirSubscribersOnly()
    {
        await SubscribeAsync(_subscriber.Url, WebhookEvents.Updated, WebhookEvents.Unpublished, WebhookEvents.Deleted);
        await SaveAsync(Story(status: StoryStatus.Draft));
        await SaveAsync(Story());                                // published: nobody subscribed
        await SaveAsync(Story("The council met again."));        // edited while live
        await SaveAsync(Story(status: StoryStatus.Unpublished));  // taken down

        // Deliveries go out side by side, so they may arrive in either order.
        var received = new[] { await _subscriber.NextAsync(), await _subscriber.NextAsync() };
        var edited = JsonNode.Parse(received.Single(r => r.Headers["X-Byline-Event"] == "post.published.edited").Body)!["post"]!;
        var unpublished = received.Single(r => r.Headers["X-Byline-Event"] != "post.published.edited");

        Assert.Contains("again", edited["current"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("The council met.", edited["previous"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("post.unpublished", unpublished.Headers["X-Byline-Event"]);
        Assert.Equal(["post.published.edited", "post.unpublished"], (await DeliveriesAsync()).Select(d => d.Event));
    }

    [Fact]
    public async Task DeletingALiveStoryDeliversItsLastState()
    {
        await SubscribeAsync(_subscriber.Url, WebhookEvents.Deleted);
        await SaveAsync(Story());

        await _app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.Stories.Remove(await db.Stories.SingleAsync());
            return await db.SaveChangesAsync();
        });
        var post = JsonNode.Parse((await _subscriber.NextAsync()).Body)!["post"]!;

        Assert.Empty(post["current"]!.AsObject());
        Assert.Equal("Council Approves Budget", post["previous"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASlowSubscriberNeverHoldsUpPublishing()
    {
        var gate = new TaskCompletionSource();
        _subscriber.Answer = async _ =>
        {
            await gate.Task;
            return 200;
        };
        await SubscribeAsync(_subscriber.Url, WebhookEvents.Published);

        // The save returns while the subscriber is still stuck on its first delivery.
        await SaveAsync(Story());
        await SaveAsync(Story("Second version.") with { Headline = "Another Story" });
        Assert.Empty(_subscriber.Received);
        gate.SetResult();

        await _subscriber.NextAsync();
        await _subscriber.NextAsync();
    }

    [Fact]
    public async Task AFailingSubscriberIsRetriedAndTheLogKeepsEachAnswer()
    {
        _subscriber.Answer = attempt => Task.FromResult(attempt < 3 ? 503 : 200);
        await SubscribeAsync(_subscriber.Url, WebhookEvents.Published);

        await SaveAsync(Story());
        for (var i = 0; i < 3; i++)
        {
            await _subscriber.NextAsync();
        }

        var delivery = await WaitForAsync(d => d.Status == DeliveryStatus.Delivered);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(200, delivery.LastStatusCode);
    }

    [Fact]
    public async Task ADeadSubscriberIsGivenUpAfterTheLastAttemptWithTheReason()
    {
        await SubscribeAsync("http://127.0.0.1:1/nothing-listens-here", WebhookEvents.Published);

        await SaveAsync(Story());

        var delivery = await WaitForAsync(d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(3, delivery.Attempts);
        Assert.NotNull(delivery.LastError);
    }

    [Fact]
    public async Task ASubscriberThatAnswersGoneIsSwitchedOff()
    {
        _subscriber.Answer = _ => Task.FromResult(410);
        await SubscribeAsync(_subscriber.Url, WebhookEvents.Published);

        await SaveAsync(Story());

        var delivery = await WaitForAsync(d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(1, delivery.Attempts);
        Assert.False(await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Webhooks.Select(w => w.Enabled).SingleAsync()));
    }

    private async Task<WebhookDelivery> WaitForAsync(Func<WebhookDelivery, bool> done)
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await DeliveriesAsync()).FirstOrDefault(done) is { } delivery)
            {
                return delivery;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(string.Join("; ", (await DeliveriesAsync()).Select(d => $"{d.Status} {d.Attempts} {d.LastError}")));
    }
}

public sealed class WebhookSafetyTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new() { Settings = { ["Byline:Webhooks:PollSeconds"] = "0.1", ["Byline:Webhooks:MaxAttempts"] = "1" } };
    private Subscriber _subscriber = null!;

    public async Task InitializeAsync()
    {
        _subscriber = await Subscriber.StartAsync();
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _subscriber.DisposeAsync();
    }

    [Fact]
    public async Task ASubscriberOnTheServersOwnNetworkIsRefusedUnlessAllowed()
    {
        await _app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<BylineDb>();
            db.Webhooks.Add(new Webhook { Name = "inside", Event = WebhookEvents.Published, TargetUrl = _subscriber.Url, Secret = "s", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return await s.GetRequiredService<StoryWriter>().SaveAsync(new IncomingStory { Headline = "A Story", BodyMarkdown = "Text." }, CancellationToken.None);
        });

        for (var i = 0; i < 300; i++)
        {
            var delivery = await _app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().WebhookDeliveries.AsNoTracking().SingleAsync());
            if (delivery.Status == DeliveryStatus.Failed)
            {
                Assert.Contains("private or loopback", delivery.LastError, StringComparison.Ordinal);
                Assert.Empty(_subscriber.Received);
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the delivery was never settled");
    }
}
