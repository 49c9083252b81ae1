using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SectorServedNeedsAndClockFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ServedNeeds",
                table: "SectorProfileVersions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Provisional",
                table: "CaseMilestones",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "CaseClockExceptions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FamilyToldOn",
                table: "CaseClockExceptions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReopenedOn",
                table: "CaseClockExceptions",
                type: "date",
                nullable: true);

            // Hand-written back-fill (keep when regenerating): the primary needs each existing profile version serves,
            // in SQL every provider runs (SQLite, SQL Server, PostgreSQL). The default catalogue's sectors get the
            // needs their profiles are for; any other sector, the SEN2 needs of each broad area whose range starts
            // above 0 (what it is designed for), or every need when no range does (a broad sector such as mainstream).
            // SQL Server compiles a batch before running it, so there the update of the column added above runs in EXEC,
            // with its identifiers in brackets (a DBA's sqlcmd may run with QUOTED_IDENTIFIER off).
            foreach (var (code, needs) in ServedNeedsOfDefaultSectors)
            {
                migrationBuilder.Sql(InOwnBatch(migrationBuilder,
                    $"UPDATE \"SectorProfileVersions\" SET \"ServedNeeds\" = '{needs}' WHERE \"ServedNeeds\" = '' "
                    + $"AND \"SectorId\" IN (SELECT \"Id\" FROM \"Sectors\" WHERE \"Code\" = '{code}');"));
            }

            for (var designedFor = 0; designedFor < 16; designedFor++)
            {
                var conditions = new List<string>();
                var needs = new List<string>();
                for (var area = 0; area < AreaColumns.Length; area++)
                {
                    var designed = (designedFor & (1 << area)) != 0;
                    conditions.Add($"COALESCE(\"{AreaColumns[area]}Minimum\", 0) {(designed ? ">= 1" : "= 0")}");
                    if (designed)
                    {
                        needs.AddRange(NeedsOfArea[area]);
                    }
                }

                var served = designedFor == 0 ? NeedsOfArea.SelectMany(n => n) : needs;
                migrationBuilder.Sql(InOwnBatch(migrationBuilder,
                    $"UPDATE \"SectorProfileVersions\" SET \"ServedNeeds\" = '{string.Join(",", served.Order(StringComparer.Ordinal))}' "
                    + $"WHERE \"ServedNeeds\" = '' AND {string.Join(" AND ", conditions)};"));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ServedNeeds",
                table: "SectorProfileVersions");

            migrationBuilder.DropColumn(
                name: "Provisional",
                table: "CaseMilestones");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "CaseClockExceptions");

            migrationBuilder.DropColumn(
                name: "FamilyToldOn",
                table: "CaseClockExceptions");

            migrationBuilder.DropColumn(
                name: "ReopenedOn",
                table: "CaseClockExceptions");
        }

        private static string InOwnBatch(MigrationBuilder migrationBuilder, string sql) =>
            migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer"
                ? $"EXEC(N'{Regex.Replace(sql, "\"([A-Za-z]+)\"", "[$1]").Replace("'", "''", StringComparison.Ordinal)}');"
                : sql;

        private static readonly (string Code, string Needs)[] ServedNeedsOfDefaultSectors =
        [
            ("mainstream", "ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLCN,SLD,SPLD,VI"),
            ("srp-communication-and-interaction", "ASD,SLCN"),
            ("srp-hearing-impairment", "HI"),
            ("srp-physical-disability", "PD"),
            ("send-unit", "DS,MLD,SLD"),
            ("primary-behaviour-service", "SEMH"),
            ("education-support-centre", "SEMH"),
            ("complex-cognition-and-learning", "DS,PMLD,SLD"),
            ("communication-and-autism", "ASD,SLCN"),
            ("social-emotional-and-mental-health", "SEMH"),
            ("physical-and-neurological-impairment", "PD"),
            ("hearing-impairment", "HI"),
            ("independent-communication-and-autism", "ASD"),
            ("independent-semh", "SEMH"),
            ("non-maintained-sensory", "MSI,VI"),
            ("further-education", "ASD,DS,HI,MLD,MSI,OTH,PD,PMLD,SEMH,SLCN,SLD,SPLD,VI"),
        ];

        private static readonly string[] AreaColumns =
            ["CommunicationAndInteraction", "CognitionAndLearning", "SocialEmotionalAndMentalHealth", "SensoryAndPhysical"];

        // The SEN2 codes of each broad area, in the order of AreaColumns (SEN2 return 2025).
        private static readonly string[][] NeedsOfArea =
        [
            ["ASD", "SLCN"],
            ["DS", "MLD", "OTH", "PMLD", "SLD", "SPLD"],
            ["SEMH"],
            ["HI", "MSI", "PD", "VI"],
        ];
    }
}
