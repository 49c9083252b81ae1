using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PartnersInTheService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Users",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InvitedAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitedBy",
                table: "Users",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SettingId",
                table: "Users",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Adjustments",
                table: "Consultations",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Objections",
                table: "Consultations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Hand-written back-fill: consultations recorded before structured answers have no adjustments and no grounds
            // (identifiers quoted: PostgreSQL folds unquoted names to lower case).
            migrationBuilder.Sql("""UPDATE "Consultations" SET "Adjustments" = '[]', "Objections" = 'None';""");

            migrationBuilder.AddColumn<string>(
                name: "ResponseRecordedBy",
                table: "Consultations",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AdviceRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PartnerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SettingId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Sections = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SharedDocumentIds = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Questions = table.Column<string>(type: "text", nullable: false),
                    SharedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerRequests_AdviceRequests_AdviceRequestId",
                        column: x => x.AdviceRequestId,
                        principalTable: "AdviceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerRequests_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerRequests_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerRequests_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerRequests_Users_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerReminderDeliveries",
                columns: table => new
                {
                    PartnerRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecipientId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerReminderDeliveries", x => new { x.PartnerRequestId, x.Step, x.DueOn, x.RecipientId });
                    table.ForeignKey(
                        name: "FK_PartnerReminderDeliveries_PartnerRequests_PartnerRequestId",
                        column: x => x.PartnerRequestId,
                        principalTable: "PartnerRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Users_Email",
                table: "Users",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Users_SettingId",
                table: "Users",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRequests_AdviceRequestId",
                table: "PartnerRequests",
                column: "AdviceRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRequests_ConsultationId",
                table: "PartnerRequests",
                column: "ConsultationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRequests_PartnerId_Status",
                table: "PartnerRequests",
                columns: new[] { "PartnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRequests_PlacementRequestId",
                table: "PartnerRequests",
                column: "PlacementRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRequests_SettingId_Status",
                table: "PartnerRequests",
                columns: new[] { "SettingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRequests_Status_DueOn",
                table: "PartnerRequests",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Users_Settings_SettingId",
                table: "Users",
                column: "SettingId",
                principalTable: "Settings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Users_Settings_SettingId",
                table: "Users");

            migrationBuilder.DropTable(
                name: "PartnerReminderDeliveries");

            migrationBuilder.DropTable(
                name: "PartnerRequests");

            migrationBuilder.DropIndex(
                name: "IX_Users_Email",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_Users_SettingId",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "InvitedAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "InvitedBy",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "SettingId",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "Adjustments",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Objections",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "ResponseRecordedBy",
                table: "Consultations");
        }
    }
}
