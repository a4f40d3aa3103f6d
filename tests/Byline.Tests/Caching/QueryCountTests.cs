using System.Data.Common;
using System.Diagnostics.Metrics;
using Byline.Site;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Caching;

// The uncached path reads what a page shows in a fixed number of queries, however many stories
// there are: no query per list item.
public sealed class QueryCountTests : IAsyncLifetime
{
    private readonly QueryCounter _counter = new(new HttpContextAccessor());
    // The eviction poller is kept out of the way: it evicts a second time what a save evicted here
    // (by design, for saves inside longer transactions), and a count taken just after that would
    // include reading the Latest rail again.
    private readonly BylineApp _app = new() { Settings = { ["Byline:Cache:Enabled"] = "false", ["Byline:Cache:PollMilliseconds"] = "600000" } };
    private WebApplicationFactory<Program> _counted = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _counted = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddHttpContextAccessor().AddSingleton<IInterceptor>(_counter)));
        _counter.Listen(_counted.Services.GetRequiredService<IMeterFactory>());
    }

    public async Task DisposeAsync()
    {
        _counter.Dispose();
        await _counted.DisposeAsync();
        await _app.DisposeAsync();
    }

    private async Task<int> CountAsync(string path)
    {
        var client = _counted.CreateClient();
        await client.GetAsync(path);
        _counter.Reset();
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, path);
        return _counter.Count;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/politics")]
    [InlineData("/tag/malaysia")]
    [InlineData("/author/aryan-singh")]
    [InlineData("/politics/asean-summit-issues-to-watch")]
    [InlineData("/rss.xml")]
    public async Task APageMakesAsManyQueriesWithManyStoriesAsWithFew(string path)
    {
        var before = await CountAsync(path);
        await _app.WithServicesAsync(async s =>
        {
            var writer = s.GetRequiredService<StoryWriter>();
            for (var i = 0; i < 30; i++)
            {
                await writer.SaveAsync(new IncomingStory
                {
                    Headline = $"Extra Story Number {i}",
                    BodyMarkdown = "Text.",
                    Section = "Politics",
                    Tags = ["Malaysia", $"Extra {i}"],
                    Authors = [new IncomingAuthor("Aryan Singh"), new IncomingAuthor($"Writer {i}")],
                    PublishedAt = DateTime.UtcNow.AddDays(-400 - i),
                }, CancellationToken.None);
            }

            return 0;
        });

        var after = await CountAsync(path);
        Assert.Equal(before, after);
        Assert.InRange(after, 1, 30);
    }

    [Fact]
    public async Task TheContentApiReadsAPagesQuotesAndNamesInOneQueryEach()
    {
        var key = await Api.ContentApiClient.AddKeyAsync(_app);
        const string Includes = "include=quotes,people,organisations,places";
        var (_, body, _) = await Api.ContentApiClient.GetJsonAsync(_counted.CreateClient(), $"/ghost/api/content/posts/?key={key}&limit=15&{Includes}");
        var posts = body.GetProperty("posts").EnumerateArray().ToList();
        Assert.Equal(15, posts.Count);
        Assert.True(posts.Count(p => p.GetProperty("quotes").GetArrayLength() > 0) >= 5);
        Assert.True(posts.Count(p => p.GetProperty("people").GetArrayLength() > 0) >= 5);

        var plain = await CountAsync($"/ghost/api/content/posts/?key={key}&limit=2");
        var few = await CountAsync($"/ghost/api/content/posts/?key={key}&limit=2&{Includes}");
        var many = await CountAsync($"/ghost/api/content/posts/?key={key}&limit=15&{Includes}");
        var read = await CountAsync($"/ghost/api/content/posts/slug/asean-summit-issues-to-watch/?key={key}&{Includes}");
        var readPlain = await CountAsync($"/ghost/api/content/posts/slug/asean-summit-issues-to-watch/?key={key}");

        Assert.Equal(plain + 2, few);
        Assert.Equal(few, many);
        Assert.Equal(readPlain + 2, read);
    }

    // Counts only the commands of requests, not those of the background services (webhook sender,
    // scheduler, cache poller) that run beside them: EF's commands through the interceptor, and
    // the statements of the reads made without EF (StoryReads) through their meter, for this
    // application's meters only.
    internal sealed class QueryCounter(IHttpContextAccessor requests) : DbCommandInterceptor, IDisposable
    {
        private readonly MeterListener _listener = new();
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public void Listen(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == StoryReads.CommandsInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, statements, _, _) =>
            {
                if (requests.HttpContext is not null)
                {
                    Interlocked.Add(ref _count, (int)statements);
                }
            });
            _listener.Start();
        }

        public void Dispose() => _listener.Dispose();

        private void Record(DbCommand command)
        {
            if (requests.HttpContext is not null)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
