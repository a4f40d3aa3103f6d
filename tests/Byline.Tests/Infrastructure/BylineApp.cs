using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Infrastructure;

// The whole app in memory over its own fresh database, with or without the demo publication.
public class BylineApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly bool _demo;
    private TestDatabase? _database;

    public BylineApp()
        : this(demo: true)
    {
    }

    protected BylineApp(bool demo) => _demo = demo;

    // Extra configuration for one test class, set before the app starts.
    public Dictionary<string, string> Settings { get; } = [];

    public TestDatabase Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Start();
    }

    // Starts the host (migrate, and seed the demo when asked): in memory, or on Kestrel for a browser.
    protected virtual void Start() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Byline", Database.ConnectionString);
        builder.UseSetting("Byline:AutoMigrate", "true");
        builder.UseSetting("Byline:Demo", _demo ? "true" : "false");
        builder.UseSetting("Byline:BaseUrl", "http://localhost");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        GC.SuppressFinalize(this);
    }
}

// For test classes that start from an empty publication.
public sealed class EmptyBylineApp : BylineApp
{
    public EmptyBylineApp()
        : base(demo: false)
    {
    }
}
