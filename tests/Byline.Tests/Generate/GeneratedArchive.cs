using Byline.Generate;
using Byline.Tests.Infrastructure;
using Byline.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Generate;

// An empty install, with a webhook subscribed to every story event, given 2,000 generated stories
// once for the whole test class, through the same ArchiveGenerator the CLI runs.
public sealed class GeneratedArchive() : BylineApp(demo: false), IAsyncLifetime
{
    public const int Stories = 2_000;

    public GenerateSummary Summary { get; private set; } = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await this.QueryAsync(async db =>
        {
            foreach (var name in new[] { WebhookEvents.Published, WebhookEvents.Updated })
            {
                db.Webhooks.Add(new Webhook { Name = "watcher", Event = name, TargetUrl = "https://subscriber.example/hook", Secret = "s", CreatedAt = DateTime.UtcNow });
            }

            return await db.SaveChangesAsync();
        });
        Summary = await GenerateAsync(this, new GenerateOptions(Stories));
    }

    public static Task<GenerateSummary> GenerateAsync(BylineApp app, GenerateOptions options) =>
        app.WithServicesAsync(services => new ArchiveGenerator(
            services.GetRequiredService<BylineDb>(), TimeProvider.System, services.GetRequiredService<IConfiguration>())
            .RunAsync(options, null, CancellationToken.None));
}
