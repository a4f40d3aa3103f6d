using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoryEditor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedByUserId",
                table: "Stories",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PendingRevisionId",
                table: "Stories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Stories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "StoryRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryRevisions_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_CreatedByUserId",
                table: "Stories",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryRevisions_StoryId_Id",
                table: "StoryRevisions",
                columns: new[] { "StoryId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoryRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Stories_CreatedByUserId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "CreatedByUserId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "PendingRevisionId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Stories");
        }
    }
}
