using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Search;

// The text of one published story as search sees it: plain text, not HTML, with its authors' and
// tags' names flattened in. Only published stories have a row. The database indexes these rows
// itself (an FTS5 table kept by triggers on SQLite, a generated tsvector column on PostgreSQL; see
// the Search migrations), so the application only ever writes plain rows here, through
// SearchIndexer, from BylineDb.SaveChangesAsync.
public class SearchDocument
{
    public int StoryId { get; set; }
    public string Headline { get; set; } = "";
    public string Dek { get; set; } = "";
    public string Body { get; set; } = "";
    public string Authors { get; set; } = "";
    public string Tags { get; set; } = "";
}

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> document)
    {
        document.ToTable("StorySearch");
        document.HasKey(d => d.StoryId);
        document.Property(d => d.StoryId).ValueGeneratedNever();

        // Deleting a story, even in bulk outside the change tracker, takes its row with it.
        document.HasOne<Story>().WithOne().HasForeignKey<SearchDocument>(d => d.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
