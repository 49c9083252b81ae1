using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AppealableNoticesAndSettingStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Settings",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Hand-written: each setting's status from what the catalogue already said of it (its kind, the s.41 flag,
            // its phase and name), before the s.41 flag is dropped. Keep this when regenerating the migration.
            migrationBuilder.Sql(
                """
                UPDATE "Settings" SET "Status" = CASE
                    WHEN "Kind" = 'Independent' AND "S41Approved" = 1 THEN 'IndependentApprovedS41'
                    WHEN "Kind" = 'Independent' THEN 'OtherIndependent'
                    WHEN "Kind" = 'NonMaintainedSpecial' THEN 'NonMaintainedSpecial'
                    WHEN "S41Approved" = 1 THEN 'IndependentApprovedS41'
                    WHEN "Kind" = 'FurtherEducationCollege' THEN 'FurtherEducation'
                    WHEN "Phase" = 'Nursery' THEN 'MaintainedNursery'
                    WHEN "Name" LIKE '%Academy%' THEN 'Academy'
                    ELSE 'MaintainedSchool'
                END;
                """);

            migrationBuilder.DropColumn(
                name: "S41Approved",
                table: "Settings");

            migrationBuilder.AlterColumn<Guid>(
                name: "DecisionId",
                table: "IssuedLetters",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "BasedOnDecisionId",
                table: "IssuedLetters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NamedInPlan",
                table: "IssuedLetters",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedLetters_BasedOnDecisionId",
                table: "IssuedLetters",
                column: "BasedOnDecisionId");

            migrationBuilder.AddForeignKey(
                name: "FK_IssuedLetters_PanelDecisions_BasedOnDecisionId",
                table: "IssuedLetters",
                column: "BasedOnDecisionId",
                principalTable: "PanelDecisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IssuedLetters_PanelDecisions_BasedOnDecisionId",
                table: "IssuedLetters");

            migrationBuilder.DropIndex(
                name: "IX_IssuedLetters_BasedOnDecisionId",
                table: "IssuedLetters");

            migrationBuilder.DropColumn(
                name: "BasedOnDecisionId",
                table: "IssuedLetters");

            migrationBuilder.DropColumn(
                name: "NamedInPlan",
                table: "IssuedLetters");

            migrationBuilder.AddColumn<bool>(
                name: "S41Approved",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Hand-written: the s.41 flag back from the status, before the status is dropped.
            migrationBuilder.Sql("""UPDATE "Settings" SET "S41Approved" = CASE WHEN "Status" = 'IndependentApprovedS41' THEN 1 ELSE 0 END;""");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Settings");

            // Fails while notices exist (they have no decision of their own): issued letters are never deleted.
            migrationBuilder.AlterColumn<Guid>(
                name: "DecisionId",
                table: "IssuedLetters",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
