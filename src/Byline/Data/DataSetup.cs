using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Byline.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DataSetup
{
    // The provider is picked by the connection string: a PostgreSQL one names a Host; anything else,
    // or nothing, is a SQLite file (by default data/byline.db under the working folder).
    public static (DatabaseProvider Provider, string ConnectionString) ResolveConnection(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Byline");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataFolder = Path.GetFullPath(configuration["Byline:DataPath"] ?? "data");
            Directory.CreateDirectory(dataFolder);
            return (DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "byline.db")}");
        }

        return IsPostgres(connectionString)
            ? (DatabaseProvider.Postgres, connectionString)
            : (DatabaseProvider.Sqlite, connectionString);
    }

    private static bool IsPostgres(string connectionString) =>
        connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ||
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static IHostApplicationBuilder AddBylineData(this IHostApplicationBuilder builder)
    {
        var (provider, connectionString) = ResolveConnection(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The options are built once, not per request (building them showed in CPU profiles); the
        // interceptors are singletons, so nothing scoped is lost.
        // Every IInterceptor in the container joins every DbContext: the webhook outbox, cache
        // eviction, slug redirects, and whatever a test adds to watch the queries.
        builder.Services.AddSingleton<IInterceptor, SlugRedirects>();
        builder.Services.AddSingleton<IInterceptor, WebhookOutbox>();
        builder.Services.AddSingleton<IInterceptor, Caching.CacheEvictionInterceptor>();
        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<BylineDb, PostgresBylineDb>((services, options) => options
                .AddInterceptors(services.GetServices<IInterceptor>())
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__migrations").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            builder.Services.AddDbContext<BylineDb, SqliteBylineDb>((services, options) => options
                .AddInterceptors(services.GetServices<IInterceptor>())
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__migrations").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                optionsLifetime: ServiceLifetime.Singleton);
        }

        return builder;
    }
}
