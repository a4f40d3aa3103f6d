using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Byline.Data;

// One context for the whole model, newsroom accounts included (Identity's tables live beside the
// content, so a user can be linked to the Author who is their byline). Each provider derives from
// it so that it can carry its own migrations set (Data/Migrations/Sqlite, Data/Migrations/Postgres);
// the app only sees BylineDb. Data-protection keys are kept here too, so every node of a cluster
// and the command line sign and check the same links.
public abstract class BylineDb(DbContextOptions options) : IdentityDbContext<NewsroomUser>(options), IDataProtectionKeyContext
{
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<AdSlot> AdSlots => Set<AdSlot>();
    public DbSet<PublicationSettings> Publication => Set<PublicationSettings>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<StoryRedirect> StoryRedirects => Set<StoryRedirect>();
    public DbSet<PageRedirect> PageRedirects => Set<PageRedirect>();
    public DbSet<StoryRevision> StoryRevisions => Set<StoryRevision>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Caching.CacheEviction> CacheEvictions => Set<Caching.CacheEviction>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Media.MediaAsset> MediaAssets => Set<Media.MediaAsset>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Intelligence.NamedEntity> Entities => Set<Intelligence.NamedEntity>();
    public DbSet<Intelligence.StoryEntity> StoryEntities => Set<Intelligence.StoryEntity>();
    public DbSet<Intelligence.StoryQuote> StoryQuotes => Set<Intelligence.StoryQuote>();
    public DbSet<Intelligence.RelatedStory> RelatedStories => Set<Intelligence.RelatedStory>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var modelBuilder = builder;
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("UserRoles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("UserClaims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("UserLogins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("UserTokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("RoleClaims");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BylineDb).Assembly);
    }

    // Every save of a story, from any caller (import, restore, the newsroom, the APIs), refreshes
    // its search row and its analysis (quotes, entities, related stories) in the same transaction:
    // this is the one place either is kept.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = await SearchChanges.CollectAsync(this, cancellationToken);
        if (changes.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await SearchIndexer.RefreshAsync(this, changes.StoryIds, cancellationToken);
        if (AnalyseOnSave)
        {
            await Intelligence.StoryIntelligence.RefreshAsync(this, changes.StoryIds, Clock, force: false, cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    // Off only for bulk loads that analyse afterwards (`byline generate`, then `byline analyze`).
    public bool AnalyseOnSave { get; set; } = true;

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    // The analysis's own rows, saved without indexing or analysing again and then let go of, so
    // that a long import does not carry every story's quotes in its change tracker.
    // Changes are looked for once: each interceptor's look at the tracker would look for them again.
    internal async Task SaveAnalysisAsync(CancellationToken cancellationToken)
    {
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await base.SaveChangesAsync(true, cancellationToken);
            foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is Intelligence.StoryQuote or Intelligence.StoryEntity or Intelligence.RelatedStory or Intelligence.StoryAnalysisRecord or Intelligence.EntityKey).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    // Byline saves asynchronously everywhere; a synchronous save takes the same path so that it
    // cannot skip the search index. ASP.NET Core has no synchronization context to deadlock on.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}

public sealed class SqliteBylineDb(DbContextOptions<SqliteBylineDb> options) : BylineDb(options)
{
    // SQLite keeps no time zone: every DateTime is written as UTC and read back marked as UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // A search row holds a story's whole text, so reading only their ids walked the whole table
        // (0.6 s at start at 100,000 stories). An index of the ids alone lets SearchIndexer.CatchUpAsync
        // list them cheaply; PostgreSQL's primary key index already serves.
        builder.Entity<SearchDocument>().HasIndex(d => d.StoryId).HasDatabaseName("IX_StorySearch_StoryId");
    }
}

public sealed class PostgresBylineDb(DbContextOptions<PostgresBylineDb> options) : BylineDb(options);
