using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanelCaseManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PanelWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdviceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvidenceItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiptRecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ReceiptRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceRequests_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Voice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GatheredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HowGathered = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhatMatters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HopesAndAspirations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HowBestSupported = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseViews_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TermsOfReference",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecisionMaking = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    QuorumAgencies = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuorumMinimumMembers = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceCutOffWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceCutOffTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    FromConfiguration = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermsOfReference", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AdviceRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LateForPanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    File_ContentSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    File_FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    File_SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    File_Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_AdviceRequests_AdviceRequestId",
                        column: x => x.AdviceRequestId,
                        principalTable: "AdviceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChairId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    TermsOfReferenceNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    QuorumAgencies = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuorumMinimumMembers = table.Column<int>(type: "INTEGER", nullable: false),
                    CutOffAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AttendanceRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMeetings_TermsOfReference_TermsOfReferenceNumber",
                        column: x => x.TermsOfReferenceNumber,
                        principalTable: "TermsOfReference",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelMeetings_Users_ChairId",
                        column: x => x.ChairId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgencyViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecommendedOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyViews_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasePacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemaVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    FrozenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FrozenBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePacks_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CasePacks_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelAgendaItems",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedAfterCutOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    LateReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DraftDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelAgendaItems", x => new { x.PanelMeetingId, x.PlacementRequestId });
                    table.ForeignKey(
                        name: "FK_PanelAgendaItems_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PanelAgendaItems_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelAttendance",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelAttendance", x => new { x.PanelMeetingId, x.UserId });
                    table.ForeignKey(
                        name: "FK_PanelAttendance_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelConflictDeclarations",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelConflictDeclarations", x => new { x.PanelMeetingId, x.MemberId, x.PlacementRequestId });
                    table.ForeignKey(
                        name: "FK_PanelConflictDeclarations_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMeetingSeats",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMeetingSeats", x => new { x.PanelMeetingId, x.UserId });
                    table.ForeignKey(
                        name: "FK_PanelMeetingSeats_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasePackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CasePackSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReliesOnUnsuitability = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReliesOnEducationOfOthers = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReliesOnUseOfResources = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReliesOnSection9 = table.Column<bool>(type: "INTEGER", nullable: false),
                    CountedMembers = table.Column<string>(type: "TEXT", nullable: false),
                    QuorumExplanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AgencyViews = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SignedOffAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupersedesDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersedeReason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ContentSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelDecisions_CasePacks_CasePackId",
                        column: x => x.CasePackId,
                        principalTable: "CasePacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelDecisions_PanelDecisions_SupersedesDecisionId",
                        column: x => x.SupersedesDecisionId,
                        principalTable: "PanelDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelDecisions_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelDecisions_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelDecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SettingUrn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    MaintainingAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ResponseSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OutcomeRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_PanelDecisions_PanelDecisionId",
                        column: x => x.PanelDecisionId,
                        principalTable: "PanelDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultations_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_PlacementRequestId_RequestedOn",
                table: "AdviceRequests",
                columns: new[] { "PlacementRequestId", "RequestedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_ReceivedOn_DueOn",
                table: "AdviceRequests",
                columns: new[] { "ReceivedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyViews_PanelMeetingId_PlacementRequestId",
                table: "AgencyViews",
                columns: new[] { "PanelMeetingId", "PlacementRequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_CasePacks_PanelMeetingId_PlacementRequestId",
                table: "CasePacks",
                columns: new[] { "PanelMeetingId", "PlacementRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CasePacks_PlacementRequestId",
                table: "CasePacks",
                column: "PlacementRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseViews_PlacementRequestId_RecordedAt",
                table: "CaseViews",
                columns: new[] { "PlacementRequestId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Outcome_DueOn",
                table: "Consultations",
                columns: new[] { "Outcome", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_PanelDecisionId",
                table: "Consultations",
                column: "PanelDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_PlacementRequestId_SentOn",
                table: "Consultations",
                columns: new[] { "PlacementRequestId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_AdviceRequestId",
                table: "EvidenceItems",
                column: "AdviceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_LateForPanelMeetingId",
                table: "EvidenceItems",
                column: "LateForPanelMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_PlacementRequestId_RecordedAt",
                table: "EvidenceItems",
                columns: new[] { "PlacementRequestId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PanelAgendaItems_PlacementRequestId",
                table: "PanelAgendaItems",
                column: "PlacementRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_CasePackId",
                table: "PanelDecisions",
                column: "CasePackId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_PanelMeetingId_PlacementRequestId",
                table: "PanelDecisions",
                columns: new[] { "PanelMeetingId", "PlacementRequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_PlacementRequestId",
                table: "PanelDecisions",
                column: "PlacementRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_Status_SignedOffAt",
                table: "PanelDecisions",
                columns: new[] { "Status", "SignedOffAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_SupersedesDecisionId",
                table: "PanelDecisions",
                column: "SupersedesDecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_ChairId",
                table: "PanelMeetings",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_CutOffAt",
                table: "PanelMeetings",
                column: "CutOffAt");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_MeetingDate",
                table: "PanelMeetings",
                column: "MeetingDate");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_TermsOfReferenceNumber",
                table: "PanelMeetings",
                column: "TermsOfReferenceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_TermsOfReference_EffectiveFrom",
                table: "TermsOfReference",
                column: "EffectiveFrom");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyViews");

            migrationBuilder.DropTable(
                name: "CaseViews");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropTable(
                name: "PanelAgendaItems");

            migrationBuilder.DropTable(
                name: "PanelAttendance");

            migrationBuilder.DropTable(
                name: "PanelConflictDeclarations");

            migrationBuilder.DropTable(
                name: "PanelMeetingSeats");

            migrationBuilder.DropTable(
                name: "PanelDecisions");

            migrationBuilder.DropTable(
                name: "AdviceRequests");

            migrationBuilder.DropTable(
                name: "CasePacks");

            migrationBuilder.DropTable(
                name: "PanelMeetings");

            migrationBuilder.DropTable(
                name: "TermsOfReference");
        }
    }
}
