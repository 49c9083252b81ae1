using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DecisionFormDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionFormDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AnswersJson = table.Column<string>(type: "nvarchar(max)", maxLength: 400000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionFormDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionFormDrafts_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionFormDrafts_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFormDrafts_PanelMeetingId_PlacementRequestId_OwnerId",
                table: "DecisionFormDrafts",
                columns: new[] { "PanelMeetingId", "PlacementRequestId", "OwnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFormDrafts_PlacementRequestId",
                table: "DecisionFormDrafts",
                column: "PlacementRequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionFormDrafts");
        }
    }
}
