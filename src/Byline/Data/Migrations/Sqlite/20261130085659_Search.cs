using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StorySearch",
                columns: table => new
                {
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", nullable: false),
                    Dek = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Authors = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorySearch", x => x.StoryId);
                    table.ForeignKey(
                        name: "FK_StorySearch_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The full-text index over StorySearch: external content (the text is stored once, in
            // StorySearch, and snippets are cut from it), the story id as rowid, accents folded so
            // "Nguyen" finds "Nguyễn", and a prefix index for three-letter prefixes. Triggers keep
            // it in step with every insert, update and delete of a StorySearch row, including the
            // cascade when a story is deleted. Written by hand: EF Core does not model FTS5.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE StorySearchIndex USING fts5(
                    Headline, Dek, Body, Authors, Tags,
                    content='StorySearch', content_rowid='StoryId',
                    tokenize='unicode61 remove_diacritics 2', prefix='3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER StorySearch_Inserted AFTER INSERT ON StorySearch BEGIN
                    INSERT INTO StorySearchIndex(rowid, Headline, Dek, Body, Authors, Tags)
                    VALUES (new.StoryId, new.Headline, new.Dek, new.Body, new.Authors, new.Tags);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER StorySearch_Deleted AFTER DELETE ON StorySearch BEGIN
                    INSERT INTO StorySearchIndex(StorySearchIndex, rowid, Headline, Dek, Body, Authors, Tags)
                    VALUES ('delete', old.StoryId, old.Headline, old.Dek, old.Body, old.Authors, old.Tags);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER StorySearch_Updated AFTER UPDATE ON StorySearch BEGIN
                    INSERT INTO StorySearchIndex(StorySearchIndex, rowid, Headline, Dek, Body, Authors, Tags)
                    VALUES ('delete', old.StoryId, old.Headline, old.Dek, old.Body, old.Authors, old.Tags);
                    INSERT INTO StorySearchIndex(rowid, Headline, Dek, Body, Authors, Tags)
                    VALUES (new.StoryId, new.Headline, new.Dek, new.Body, new.Authors, new.Tags);
                END;
                """);

            // Existing stories are indexed at the next start (SearchIndexer.CatchUpAsync): their
            // text comes from the rendered body, which only the application can strip of HTML.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER StorySearch_Inserted;");
            migrationBuilder.Sql("DROP TRIGGER StorySearch_Deleted;");
            migrationBuilder.Sql("DROP TRIGGER StorySearch_Updated;");
            migrationBuilder.Sql("DROP TABLE StorySearchIndex;");

            migrationBuilder.DropTable(
                name: "StorySearch");
        }
    }
}
