using Byline.Demo;
using Byline.Search;

namespace Byline.Data;

public static class DatabaseStartup
{
    // On a single box (SQLite) the schema is brought up to date at start. On PostgreSQL several nodes
    // may start at once, so migrating is the operator's step (`byline migrate`) unless
    // Byline:AutoMigrate says otherwise. A first start on an empty database gets the demo content.
    public static async Task PrepareDatabaseAsync(this IHost app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var configuration = services.GetRequiredService<IConfiguration>();
        var db = services.GetRequiredService<BylineDb>();
        var autoMigrate = configuration.GetValue("Byline:AutoMigrate", db is SqliteBylineDb);
        if (autoMigrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
            await SearchIndexer.CatchUpAsync(db, cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new InvalidOperationException("The database schema is not up to date. Run `byline migrate` (or set Byline:AutoMigrate=true) and start again.");
        }

        if (configuration.GetValue("Byline:Demo", true) && !await db.Publication.AnyAsync(cancellationToken))
        {
            await services.GetRequiredService<DemoPublication>().SeedAsync(cancellationToken);
        }
    }
}
