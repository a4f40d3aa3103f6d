using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Newsroom.Accounts;

internal sealed class NewsroomUserConfiguration : IEntityTypeConfiguration<NewsroomUser>
{
    public void Configure(EntityTypeBuilder<NewsroomUser> user)
    {
        user.ToTable("Users");
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.HasOne(u => u.Author).WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.SetNull);
        user.HasIndex(u => u.AuthorId).IsUnique();

        // "IsOwner" alone is a valid predicate on both providers (an integer in SQLite, a boolean in PostgreSQL).
        user.HasIndex(u => u.IsOwner).IsUnique().HasFilter("\"IsOwner\"").HasDatabaseName("IX_Users_OneOwner");
    }
}

// The four roles exist from the first migration on, so no code path has to create them.
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> role)
    {
        role.ToTable("Roles");
        role.HasData(Roles.All.Select(name => new IdentityRole
        {
            Id = name.ToLowerInvariant(),
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = name.ToLowerInvariant(),
        }));
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditLog");
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorEmail).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.Subject).HasMaxLength(256);
        entry.Property(e => e.Detail).HasMaxLength(1000);
        entry.Property(e => e.Address).HasMaxLength(64);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.Action, e.At });
    }
}
