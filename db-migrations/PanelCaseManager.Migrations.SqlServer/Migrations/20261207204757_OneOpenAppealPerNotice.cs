using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenAppealPerNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OpenNoticeLetterId",
                table: "TribunalAppeals",
                type: "uniqueidentifier",
                nullable: true);

            // Hand-written: the appeals open now (no decision; not conceded or withdrawn) hold their notice; the command allowed
            // only one open appeal per notice, so the unique index below finds no duplicate (docs/adr/0257).
            // In EXEC, so that the idempotent script's batch compiles before the column exists.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [TribunalAppeals] SET [OpenNoticeLetterId] = [NoticeLetterId] WHERE [Outcome] IS NULL AND ([Position] IS NULL OR [Position] = N''Opposes'')');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_TribunalAppeals_OpenNoticeLetterId",
                table: "TribunalAppeals",
                column: "OpenNoticeLetterId",
                unique: true,
                filter: "[OpenNoticeLetterId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TribunalAppeals_OpenNoticeLetterId",
                table: "TribunalAppeals");

            migrationBuilder.DropColumn(
                name: "OpenNoticeLetterId",
                table: "TribunalAppeals");
        }
    }
}
