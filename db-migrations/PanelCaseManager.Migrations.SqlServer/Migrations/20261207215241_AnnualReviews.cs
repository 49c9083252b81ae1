using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CeasedOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SettingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MeetingRecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    MeetingRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PaperworkReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Attendees = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ChildViews = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FamilyViews = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Recommendation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RecommendationReasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PaperworkReturnedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    AmendedPlanIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_ChildId",
                table: "AnnualReviews",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_PlacementRequestId",
                table: "AnnualReviews",
                column: "PlacementRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_PlanId_MeetingDate",
                table: "AnnualReviews",
                columns: new[] { "PlanId", "MeetingDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_SettingId",
                table: "AnnualReviews",
                column: "SettingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReviews");

            migrationBuilder.DropColumn(
                name: "CeasedOn",
                table: "Plans");
        }
    }
}
