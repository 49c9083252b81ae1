using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SectorProfiles",
                table: "PanelDecisions",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.CreateTable(
                name: "FamilyContacts",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Salutation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    AddressLines = table.Column<string>(type: "TEXT", maxLength: 422, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
