using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NewsroomIntelligence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Entities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Review = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: true),
                    GeoNameId = table.Column<long>(type: "INTEGER", nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Entities_Authors_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Authors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RelatedStories",
                columns: table => new
                {
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedStoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedStories", x => new { x.StoryId, x.RelatedStoryId });
                    table.ForeignKey(
                        name: "FK_RelatedStories_Stories_RelatedStoryId",
                        column: x => x.RelatedStoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedStories_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryAnalyses",
                columns: table => new
                {
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnalyzedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false),
                    NearDuplicateOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    NearDuplicateScore = table.Column<double>(type: "REAL", nullable: true),
                    RelatedDone = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryAnalyses", x => x.StoryId);
                    table.ForeignKey(
                        name: "FK_StoryAnalyses_Stories_NearDuplicateOfId",
                        column: x => x.NearDuplicateOfId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StoryAnalyses_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EntityKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pinned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntityKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntityKeys_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryEntities",
                columns: table => new
                {
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mentions = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstParagraph = table.Column<int>(type: "INTEGER", nullable: false),
                    Forms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryEntities", x => new { x.StoryId, x.EntityId });
                    table.ForeignKey(
                        name: "FK_StoryEntities_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoryEntities_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryQuotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 240, nullable: true),
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Mention = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Cue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Paragraph = table.Column<int>(type: "INTEGER", nullable: false),
                    IsFragment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Continues = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryQuotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryQuotes_Entities_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StoryQuotes_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Entities_AuthorId",
                table: "Entities",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Kind_Review",
                table: "Entities",
                columns: new[] { "Kind", "Review" });

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Kind_Slug",
                table: "Entities",
                columns: new[] { "Kind", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntityKeys_EntityId",
                table: "EntityKeys",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_EntityKeys_Kind_Key",
                table: "EntityKeys",
                columns: new[] { "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RelatedStories_RelatedStoryId",
                table: "RelatedStories",
                column: "RelatedStoryId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryAnalyses_NearDuplicateOfId",
                table: "StoryAnalyses",
                column: "NearDuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryAnalyses_RelatedDone",
                table: "StoryAnalyses",
                column: "RelatedDone");

            migrationBuilder.CreateIndex(
                name: "IX_StoryEntities_EntityId_StoryId",
                table: "StoryEntities",
                columns: new[] { "EntityId", "StoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryQuotes_SpeakerId_StoryId",
                table: "StoryQuotes",
                columns: new[] { "SpeakerId", "StoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryQuotes_StoryId_Position",
                table: "StoryQuotes",
                columns: new[] { "StoryId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntityKeys");

            migrationBuilder.DropTable(
                name: "RelatedStories");

            migrationBuilder.DropTable(
                name: "StoryAnalyses");

            migrationBuilder.DropTable(
                name: "StoryEntities");

            migrationBuilder.DropTable(
                name: "StoryQuotes");

            migrationBuilder.DropTable(
                name: "Entities");
        }
    }
}
