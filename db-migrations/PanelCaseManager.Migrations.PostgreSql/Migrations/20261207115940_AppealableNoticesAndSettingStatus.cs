using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.PostgreSql.Migrations
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
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Hand-written: each setting's status from what the catalogue already said of it (its kind, the s.41 flag,
            // its phase and name), before the s.41 flag is dropped. Keep this when regenerating the migration.
            // PostgreSQL: the flag is a boolean.
            migrationBuilder.Sql(
                """
                UPDATE "Settings" SET "Status" = CASE
                    WHEN "Kind" = 'Independent' AND "S41Approved" THEN 'IndependentApprovedS41'
                    WHEN "Kind" = 'Independent' THEN 'OtherIndependent'
                    WHEN "Kind" = 'NonMaintainedSpecial' THEN 'NonMaintainedSpecial'
                    WHEN "S41Approved" THEN 'IndependentApprovedS41'
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "BasedOnDecisionId",
                table: "IssuedLetters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NamedInPlan",
                table: "IssuedLetters",
                type: "character varying(200)",
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Hand-written: the s.41 flag back from the status, before the status is dropped.
            migrationBuilder.Sql("""UPDATE "Settings" SET "S41Approved" = ("Status" = 'IndependentApprovedS41');""");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Settings");

            // Fails while notices exist (they have no decision of their own): issued letters are never deleted.
            migrationBuilder.AlterColumn<Guid>(
                name: "DecisionId",
                table: "IssuedLetters",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
