using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SectionListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stories_SectionId",
                table: "Stories");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_SectionId_Status_PublishedAt",
                table: "Stories",
                columns: new[] { "SectionId", "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stories_SectionId_Status_PublishedAt",
                table: "Stories");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_SectionId",
                table: "Stories",
                column: "SectionId");
        }
    }
}
