using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests;

public sealed class MigrationTests
{
    // A model change without a migration for BOTH providers fails here, before it fails an install.
    [Fact]
    public void BothProvidersMigrationsMatchTheModel()
    {
        using var sqlite = new SqliteBylineDb(new DbContextOptionsBuilder<SqliteBylineDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresBylineDb(new DbContextOptionsBuilder<PostgresBylineDb>().UseNpgsql("Host=localhost").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite needs a migration: dotnet ef migrations add NAME --project src/Byline --context SqliteBylineDb --output-dir Data/Migrations/Sqlite");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL needs a migration: dotnet ef migrations add NAME --project src/Byline --context PostgresBylineDb --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public async Task TheTestDatabaseRunsOnTheProviderTheSuiteWasAskedFor()
    {
        await using var app = new EmptyBylineApp();
        await app.InitializeAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();

        Assert.Equal(TestDatabase.IsPostgres, db is PostgresBylineDb);
    }
}
