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

        if (await db.Publication.AnyAsync(cancellationToken))
        {
            return;
        }

        // The demo publication is for an empty database only: one that already holds what an import,
        // a restore or `generate` put there gets plain settings beside its content, never demo
        // stories and authors over it (the demo's authors would collide with imported namesakes).
        if (configuration.GetValue("Byline:Demo", true) && !await HasContentAsync(db, cancellationToken))
        {
            await services.GetRequiredService<DemoPublication>().SeedAsync(cancellationToken);
            return;
        }

        db.Publication.Add(PublicationDefaults(configuration));
        await db.SaveChangesAsync(cancellationToken);
    }

    // Accounts, API keys and webhooks are not content: a newsroom that made its first user before
    // its first start still gets the demo to look at.
    private static async Task<bool> HasContentAsync(BylineDb db, CancellationToken cancellationToken) =>
        await db.Stories.AnyAsync(cancellationToken) || await db.Pages.AnyAsync(cancellationToken) ||
        await db.Authors.AnyAsync(cancellationToken) || await db.Sections.AnyAsync(cancellationToken) ||
        await db.Tags.AnyAsync(cancellationToken) || await db.AdSlots.AnyAsync(cancellationToken);

    private static PublicationSettings PublicationDefaults(IConfiguration configuration) => new()
    {
        Name = configuration["Byline:PublicationName"] ?? "Byline",
        BaseUrl = configuration["Byline:BaseUrl"] ?? "http://localhost:5080",
        Copyright = $"© {DateTime.UtcNow.Year}",
    };
}
