using System.Text.Json;
using Byline.Newsroom.Accounts;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Media;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<MediaAsset> asset)
    {
        asset.ToTable("MediaAssets");
        asset.Property(a => a.Url).HasMaxLength(500);
        asset.HasIndex(a => a.Url).IsUnique();
        asset.Property(a => a.FileName).HasMaxLength(255);
        asset.Property(a => a.ContentType).HasMaxLength(50);
        asset.Property(a => a.Alt).HasMaxLength(500);
        asset.Property(a => a.Caption).HasMaxLength(1000);
        asset.Property(a => a.Credit).HasMaxLength(300);
        asset.HasIndex(a => a.UploadedAt);
        asset.HasOne<NewsroomUser>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.SetNull);

        // A plain text column on both providers: the list is written once at upload and only read after.
        asset.Property(a => a.Variants)
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                text => JsonSerializer.Deserialize<List<MediaVariant>>(text, Json) ?? new List<MediaVariant>(),
                new ValueComparer<List<MediaVariant>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (h, v) => HashCode.Combine(h, v)), list => list.ToList()))
            .HasMaxLength(4000);
    }
}
