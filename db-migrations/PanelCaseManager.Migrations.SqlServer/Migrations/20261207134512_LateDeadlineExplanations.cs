using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LateDeadlineExplanations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseClockLateExplanations",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ExpectedBy = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClockLateExplanations", x => new { x.PlacementRequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_CaseClockLateExplanations_CaseClocks_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "CaseClocks",
                        principalColumn: "PlacementRequestId",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseClockLateExplanations");
        }
    }
}
