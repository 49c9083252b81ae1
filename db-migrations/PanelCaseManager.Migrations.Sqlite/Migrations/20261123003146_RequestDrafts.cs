using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RequestDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDrafts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestDrafts_OwnerId",
                table: "RequestDrafts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDrafts_UpdatedAt",
                table: "RequestDrafts",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequestDrafts");
        }
    }
}
