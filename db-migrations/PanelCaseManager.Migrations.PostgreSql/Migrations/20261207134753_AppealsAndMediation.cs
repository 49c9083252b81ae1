using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AppealsAndMediation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Mediations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeLetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Notice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdviserContactedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Choice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChoiceMadeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mediations_IssuedLetters_NoticeLetterId",
                        column: x => x.NoticeLetterId,
                        principalTable: "IssuedLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Mediations_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_NoticeLetterId",
                table: "Mediations",
                column: "NoticeLetterId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_PlacementRequestId",
                table: "Mediations",
                column: "PlacementRequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Mediations");
        }
    }
}
