using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatutoryClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildDateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    SeeksSpecialistProvision = table.Column<bool>(type: "bit", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExceptionApplies = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => x.PlacementRequestId);
                    table.ForeignKey(
                        name: "FK_CaseClocks_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseClocks_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Users_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDeliveries",
                columns: table => new
                {
                    MilestoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Step = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDeliveries", x => new { x.MilestoneId, x.Step, x.DueDate });
                });

            migrationBuilder.CreateTable(
                name: "CaseClockEvents",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClockEvents", x => new { x.PlacementRequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_CaseClockEvents_CaseClocks_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "CaseClocks",
                        principalColumn: "PlacementRequestId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseClockExceptions",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReasonCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClockExceptions", x => new { x.PlacementRequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_CaseClockExceptions_CaseClocks_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "CaseClocks",
                        principalColumn: "PlacementRequestId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Slot = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotApplicable = table.Column<bool>(type: "bit", nullable: false),
                    DependsOnWorkingDays = table.Column<bool>(type: "bit", nullable: false),
                    ExceptionApplies = table.Column<bool>(type: "bit", nullable: false),
                    ExceptionReasons = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    IsOpen = table.Column<bool>(type: "bit", nullable: false),
                    DaysTaken = table.Column<int>(type: "int", nullable: true),
                    MetWithinLimit = table.Column<bool>(type: "bit", nullable: true),
                    NextReminderOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMilestones_CaseClocks_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "CaseClocks",
                        principalColumn: "PlacementRequestId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "BankHolidays",
                columns: new[] { "Date", "Title" },
                values: new object[,]
                {
                    { new DateOnly(2025, 1, 1), "New Year’s Day" },
                    { new DateOnly(2025, 4, 18), "Good Friday" },
                    { new DateOnly(2025, 4, 21), "Easter Monday" },
                    { new DateOnly(2025, 5, 5), "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), "Christmas Day" },
                    { new DateOnly(2025, 12, 26), "Boxing Day" },
                    { new DateOnly(2026, 1, 1), "New Year’s Day" },
                    { new DateOnly(2026, 4, 3), "Good Friday" },
                    { new DateOnly(2026, 4, 6), "Easter Monday" },
                    { new DateOnly(2026, 5, 4), "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), "Christmas Day" },
                    { new DateOnly(2026, 12, 28), "Boxing Day (substitute day)" },
                    { new DateOnly(2027, 1, 1), "New Year’s Day" },
                    { new DateOnly(2027, 3, 26), "Good Friday" },
                    { new DateOnly(2027, 3, 29), "Easter Monday" },
                    { new DateOnly(2027, 5, 3), "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), "Christmas Day (substitute day)" },
                    { new DateOnly(2027, 12, 28), "Boxing Day (substitute day)" },
                    { new DateOnly(2028, 1, 3), "New Year’s Day (substitute day)" },
                    { new DateOnly(2028, 4, 14), "Good Friday" },
                    { new DateOnly(2028, 4, 17), "Easter Monday" },
                    { new DateOnly(2028, 5, 1), "Early May bank holiday" },
                    { new DateOnly(2028, 5, 29), "Spring bank holiday" },
                    { new DateOnly(2028, 8, 28), "Summer bank holiday" },
                    { new DateOnly(2028, 12, 25), "Christmas Day" },
                    { new DateOnly(2028, 12, 26), "Boxing Day" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ChildId",
                table: "CaseClocks",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_MetOn_Kind_ExceptionApplies_MetWithinLimit_DaysTaken",
                table: "CaseMilestones",
                columns: new[] { "MetOn", "Kind", "ExceptionApplies", "MetWithinLimit", "DaysTaken" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_NextReminderOn",
                table: "CaseMilestones",
                column: "NextReminderOn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_PlacementRequestId_Kind_Slot",
                table: "CaseMilestones",
                columns: new[] { "PlacementRequestId", "Kind", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_CreatedAt",
                table: "Notifications",
                columns: new[] { "RecipientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SentAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "SentAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "CaseClockEvents");

            migrationBuilder.DropTable(
                name: "CaseClockExceptions");

            migrationBuilder.DropTable(
                name: "CaseMilestones");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ReminderDeliveries");

            migrationBuilder.DropTable(
                name: "CaseClocks");
        }
    }
}
