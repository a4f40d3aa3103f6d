using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Data;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> story)
    {
        story.Property(s => s.Headline).HasMaxLength(300);
        story.Property(s => s.Slug).HasMaxLength(200);
        story.HasIndex(s => s.Slug).IsUnique();
        story.HasIndex(s => s.PublicId).IsUnique();
        story.HasIndex(s => s.SourceKey).IsUnique();
        story.HasIndex(s => new { s.Status, s.PublishedAt });
        story.HasIndex(s => new { s.SectionId, s.Status, s.PublishedAt });
        story.Property(s => s.Dek).HasMaxLength(500);
        story.Property(s => s.Dateline).HasMaxLength(100);
        story.Property(s => s.SeoTitle).HasMaxLength(300);
        story.Property(s => s.SeoDescription).HasMaxLength(500);
        story.Property(s => s.CanonicalUrl).HasMaxLength(2000);
        story.Property(s => s.SourceKey).HasMaxLength(200);
        story.Property(s => s.CreatedByUserId).HasMaxLength(450);
        story.HasIndex(s => s.CreatedByUserId);
        story.Property(s => s.Version).IsConcurrencyToken();
        story.HasOne(s => s.Section).WithMany().OnDelete(DeleteBehavior.SetNull);
        story.HasMany(s => s.Tags).WithMany(t => t.Stories).UsingEntity("StoryTags");
        story.HasMany(s => s.Corrections).WithOne().HasForeignKey(c => c.StoryId).OnDelete(DeleteBehavior.Cascade);
        story.OwnsOne(s => s.FeaturedImage, image =>
        {
            image.Property(i => i.Url).HasMaxLength(2000);
            image.Property(i => i.Alt).HasMaxLength(500);
            image.Property(i => i.Caption).HasMaxLength(1000);
            image.Property(i => i.Credit).HasMaxLength(300);
        });
    }
}

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> correction)
    {
        correction.Property(c => c.Text).HasMaxLength(Correction.MaxLength);

        // The public /corrections page and the newsroom's list read newest first across all stories.
        correction.HasIndex(c => c.At);
    }
}

internal sealed class StoryRedirectConfiguration : IEntityTypeConfiguration<StoryRedirect>
{
    public void Configure(EntityTypeBuilder<StoryRedirect> redirect)
    {
        redirect.Property(r => r.Slug).HasMaxLength(200);
        redirect.HasIndex(r => r.Slug).IsUnique();
        redirect.HasOne(r => r.Story).WithMany().HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PageRedirectConfiguration : IEntityTypeConfiguration<PageRedirect>
{
    public void Configure(EntityTypeBuilder<PageRedirect> redirect)
    {
        redirect.Property(r => r.Slug).HasMaxLength(200);
        redirect.HasIndex(r => r.Slug).IsUnique();
        redirect.HasOne(r => r.Page).WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryAuthorConfiguration : IEntityTypeConfiguration<StoryAuthor>
{
    public void Configure(EntityTypeBuilder<StoryAuthor> byline)
    {
        byline.ToTable("StoryAuthors");
        byline.HasKey(b => new { b.StoryId, b.AuthorId });
        byline.HasOne(b => b.Story).WithMany(s => s.Authors).HasForeignKey(b => b.StoryId).OnDelete(DeleteBehavior.Cascade);
        byline.HasOne(b => b.Author).WithMany().HasForeignKey(b => b.AuthorId).OnDelete(DeleteBehavior.Cascade);
        byline.HasIndex(b => new { b.AuthorId, b.StoryId });
    }
}

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.Property(a => a.Name).HasMaxLength(200);
        author.Property(a => a.Slug).HasMaxLength(200);
        author.HasIndex(a => a.Slug).IsUnique();
        author.Property(a => a.JobTitle).HasMaxLength(200);
        author.Property(a => a.Bio).HasMaxLength(5000);
        author.Property(a => a.PhotoUrl).HasMaxLength(2000);
        author.Property(a => a.Website).HasMaxLength(2000);
        author.OwnsMany(a => a.SocialLinks, links => links.ToJson());
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Name).HasMaxLength(200);
        section.Property(s => s.Slug).HasMaxLength(200);
        section.HasIndex(s => s.Slug).IsUnique();
        section.Property(s => s.Description).HasMaxLength(1000);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(200);
        tag.Property(t => t.Slug).HasMaxLength(200);
        tag.HasIndex(t => t.Slug).IsUnique();
        tag.Property(t => t.Description).HasMaxLength(1000);
    }
}

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> page)
    {
        page.Property(p => p.Title).HasMaxLength(300);
        page.Property(p => p.Slug).HasMaxLength(200);
        page.HasIndex(p => p.Slug).IsUnique();
    }
}

internal sealed class AdSlotConfiguration : IEntityTypeConfiguration<AdSlot>
{
    public void Configure(EntityTypeBuilder<AdSlot> slot)
    {
        slot.Property(a => a.Name).HasMaxLength(200);
        slot.HasIndex(a => a.Name).IsUnique();
        slot.Property(a => a.ImageUrl).HasMaxLength(2000);
        slot.Property(a => a.LinkUrl).HasMaxLength(2000);
        slot.Property(a => a.AltText).HasMaxLength(500);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<PublicationSettings>
{
    public void Configure(EntityTypeBuilder<PublicationSettings> publication)
    {
        publication.ToTable("Publication");
        publication.Property(p => p.Name).HasMaxLength(200);
        publication.Property(p => p.Tagline).HasMaxLength(500);
        publication.Property(p => p.BaseUrl).HasMaxLength(2000);
        publication.Property(p => p.Language).HasMaxLength(35);
        publication.Property(p => p.TimeZone).HasMaxLength(100);
        publication.Property(p => p.LogoUrl).HasMaxLength(2000);
        publication.Property(p => p.Copyright).HasMaxLength(500);
        publication.OwnsMany(p => p.FooterLinks, links => links.ToJson());
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.Property(k => k.Name).HasMaxLength(200);
        key.Property(k => k.ContentKey).HasMaxLength(26);
        key.Property(k => k.AdminKeyId).HasMaxLength(24);
        key.Property(k => k.AdminSecret).HasMaxLength(64);
        key.HasIndex(k => k.ContentKey).IsUnique();
        key.HasIndex(k => k.AdminKeyId).IsUnique();
    }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> webhook)
    {
        webhook.Property(w => w.Name).HasMaxLength(200);
        webhook.Property(w => w.Event).HasMaxLength(50);
        webhook.Property(w => w.TargetUrl).HasMaxLength(2000);
        webhook.Property(w => w.Secret).HasMaxLength(200);
        webhook.HasIndex(w => w.Event);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.Property(d => d.Event).HasMaxLength(50);
        delivery.Property(d => d.LastError).HasMaxLength(2000);
        delivery.HasOne(d => d.Webhook).WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}

internal sealed class CacheEvictionConfiguration : IEntityTypeConfiguration<Caching.CacheEviction>
{
    public void Configure(EntityTypeBuilder<Caching.CacheEviction> eviction)
    {
        eviction.Property(e => e.Tags).HasMaxLength(20000);
        eviction.HasIndex(e => e.At);
    }
}

internal sealed class StoryRevisionConfiguration : IEntityTypeConfiguration<StoryRevision>
{
    public void Configure(EntityTypeBuilder<StoryRevision> revision)
    {
        revision.Property(r => r.UserId).HasMaxLength(450);
        revision.Property(r => r.UserName).HasMaxLength(256);
        revision.Property(r => r.Kind).HasMaxLength(20);
        revision.Property(r => r.Note).HasMaxLength(2000);
        revision.HasOne<Story>().WithMany().HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.StoryId, r.Id });
    }
}

internal sealed class NamedEntityConfiguration : IEntityTypeConfiguration<Intelligence.NamedEntity>
{
    public void Configure(EntityTypeBuilder<Intelligence.NamedEntity> entity)
    {
        entity.ToTable("Entities");
        entity.Property(e => e.Name).HasMaxLength(Intelligence.NamedEntity.MaxNameLength);
        entity.Property(e => e.Slug).HasMaxLength(220);
        entity.HasIndex(e => new { e.Kind, e.Slug }).IsUnique();
        entity.Property(e => e.Description).HasMaxLength(300);
        entity.Property(e => e.CountryCode).HasMaxLength(2);
        entity.HasIndex(e => new { e.Kind, e.Review });
        entity.HasOne(e => e.Author).WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EntityKeyConfiguration : IEntityTypeConfiguration<Intelligence.EntityKey>
{
    public void Configure(EntityTypeBuilder<Intelligence.EntityKey> key)
    {
        key.ToTable("EntityKeys");
        key.Property(k => k.Key).HasMaxLength(Intelligence.NamedEntity.MaxNameLength + 20);
        key.HasIndex(k => new { k.Kind, k.Key }).IsUnique();
        key.HasIndex(k => k.EntityId);
        key.HasOne(k => k.Entity).WithMany().HasForeignKey(k => k.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryEntityConfiguration : IEntityTypeConfiguration<Intelligence.StoryEntity>
{
    public void Configure(EntityTypeBuilder<Intelligence.StoryEntity> link)
    {
        link.ToTable("StoryEntities");
        link.HasKey(l => new { l.StoryId, l.EntityId });

        // An entity's page lists its stories newest first: by entity, then story id.
        link.HasIndex(l => new { l.EntityId, l.StoryId });
        link.Property(l => l.Forms).HasMaxLength(1000);
        link.HasOne<Story>().WithMany().HasForeignKey(l => l.StoryId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Entity).WithMany().HasForeignKey(l => l.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryQuoteConfiguration : IEntityTypeConfiguration<Intelligence.StoryQuote>
{
    public void Configure(EntityTypeBuilder<Intelligence.StoryQuote> quote)
    {
        quote.ToTable("StoryQuotes");
        quote.Property(q => q.Text).HasMaxLength(Intelligence.StoryQuote.MaxTextLength);
        quote.Property(q => q.Speaker).HasMaxLength(Intelligence.NamedEntity.MaxNameLength + 40);
        quote.Property(q => q.Mention).HasMaxLength(200);
        quote.Property(q => q.Cue).HasMaxLength(100);
        quote.HasIndex(q => new { q.StoryId, q.Position }).IsUnique();
        quote.HasIndex(q => new { q.SpeakerId, q.StoryId });
        quote.HasOne<Story>().WithMany().HasForeignKey(q => q.StoryId).OnDelete(DeleteBehavior.Cascade);
        quote.HasOne(q => q.SpeakerEntity).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RelatedStoryConfiguration : IEntityTypeConfiguration<Intelligence.RelatedStory>
{
    public void Configure(EntityTypeBuilder<Intelligence.RelatedStory> related)
    {
        related.ToTable("RelatedStories");
        related.HasKey(r => new { r.StoryId, r.RelatedStoryId });
        related.HasIndex(r => r.RelatedStoryId);
        related.HasOne<Story>().WithMany().HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
        related.HasOne(r => r.Related).WithMany().HasForeignKey(r => r.RelatedStoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryAnalysisRecordConfiguration : IEntityTypeConfiguration<Intelligence.StoryAnalysisRecord>
{
    public void Configure(EntityTypeBuilder<Intelligence.StoryAnalysisRecord> record)
    {
        record.ToTable("StoryAnalyses");
        record.HasKey(r => r.StoryId);
        record.Property(r => r.ContentHash).HasMaxLength(64);
        record.HasIndex(r => r.RelatedDone);
        record.HasOne<Story>().WithMany().HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
        record.HasOne<Story>().WithMany().HasForeignKey(r => r.NearDuplicateOfId).OnDelete(DeleteBehavior.SetNull);
    }
}
