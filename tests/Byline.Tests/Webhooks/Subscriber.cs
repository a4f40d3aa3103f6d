using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Byline.Tests.Webhooks;

// A real HTTP server on loopback that records what it receives and answers as the test says.
public sealed class Subscriber : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Subscriber(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Body, Dictionary<string, string> Headers)> Received { get; } = new();

    // Answers each request in turn; the last answer repeats.
    public Func<int, Task<int>> Answer { get; set; } = _ => Task.FromResult(200);

    public string Url { get; private set; } = "";

    public static async Task<Subscriber> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var subscriber = new Subscriber(app);
        var count = 0;
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = await subscriber.Answer(Interlocked.Increment(ref count));
            subscriber.Received.Enqueue((body, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        subscriber.Url = app.Urls.First() + "/hook";
        return subscriber;
    }

    public async Task<(string Body, Dictionary<string, string> Headers)> NextAsync(TimeSpan? wait = null)
    {
        var until = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Received.TryDequeue(out var item))
            {
                return item;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no delivery arrived");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
