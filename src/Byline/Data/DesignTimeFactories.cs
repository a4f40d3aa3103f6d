using Microsoft.EntityFrameworkCore.Design;

namespace Byline.Data;

// Used by `dotnet ef migrations add X --context SqliteBylineDb|PostgresBylineDb --output-dir ...`;
// the connection strings only shape the SQL, nothing connects.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBylineDb>
{
    public SqliteBylineDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteBylineDb>()
        .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable("__migrations")).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBylineDb>
{
    public PostgresBylineDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresBylineDb>()
        .UseNpgsql("Host=localhost;Database=byline_design", o => o.MigrationsHistoryTable("__migrations")).Options);
}
