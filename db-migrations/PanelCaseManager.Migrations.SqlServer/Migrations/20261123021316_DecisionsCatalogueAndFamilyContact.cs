using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DecisionsCatalogueAndFamilyContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Placement",
                table: "PanelDecisions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SectorProfiles",
                table: "PanelDecisions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.CreateTable(
                name: "FamilyContacts",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Salutation = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    AddressLines = table.Column<string>(type: "nvarchar(422)", maxLength: 422, nullable: false),
                    Postcode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyContacts", x => x.PlacementRequestId);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyContacts");

            migrationBuilder.DropColumn(
                name: "Placement",
                table: "PanelDecisions");

            migrationBuilder.DropColumn(
                name: "SectorProfiles",
                table: "PanelDecisions");
        }
    }
}
