using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TribunalAppealsAndOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseClockOrders",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RunsFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClockOrders", x => new { x.PlacementRequestId, x.OrderId });
                    table.ForeignKey(
                        name: "FK_CaseClockOrders_CaseClocks_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "CaseClocks",
                        principalColumn: "PlacementRequestId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TribunalAppeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoticeLetterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NoticeReference = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Notice = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResponseDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Position = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PositionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TribunalAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TribunalAppeals_IssuedLetters_NoticeLetterId",
                        column: x => x.NoticeLetterId,
                        principalTable: "IssuedLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TribunalAppeals_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TribunalOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Unopposed = table.Column<bool>(type: "bit", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MetByNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AppealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TribunalOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TribunalOrders_TribunalAppeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "TribunalAppeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TribunalAppeals_NoticeLetterId",
                table: "TribunalAppeals",
                column: "NoticeLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_TribunalAppeals_PlacementRequestId",
                table: "TribunalAppeals",
                column: "PlacementRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_TribunalAppeals_RegisteredOn",
                table: "TribunalAppeals",
                column: "RegisteredOn");

            migrationBuilder.CreateIndex(
                name: "IX_TribunalOrders_AppealId",
                table: "TribunalOrders",
                column: "AppealId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseClockOrders");

            migrationBuilder.DropTable(
                name: "TribunalOrders");

            migrationBuilder.DropTable(
                name: "TribunalAppeals");
        }
    }
}
