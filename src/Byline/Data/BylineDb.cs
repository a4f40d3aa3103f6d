namespace Byline.Data;

// One context for the whole content model. Each provider derives from it so that it can carry its
// own migrations set (Data/Migrations/Sqlite, Data/Migrations/Postgres); the app only sees BylineDb.
public abstract class BylineDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<AdSlot> AdSlots => Set<AdSlot>();
    public DbSet<PublicationSettings> Publication => Set<PublicationSettings>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BylineDb).Assembly);
}

public sealed class SqliteBylineDb(DbContextOptions<SqliteBylineDb> options) : BylineDb(options)
{
    // SQLite keeps no time zone: every DateTime is written as UTC and read back marked as UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}

public sealed class PostgresBylineDb(DbContextOptions<PostgresBylineDb> options) : BylineDb(options);
