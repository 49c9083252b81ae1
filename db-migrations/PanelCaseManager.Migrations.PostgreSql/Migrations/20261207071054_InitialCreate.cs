using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PanelCaseManager.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    PanelId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PreviousHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    HomePostcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    HomeLatitude = table.Column<double>(type: "double precision", nullable: true),
                    HomeLongitude = table.Column<double>(type: "double precision", nullable: true),
                    CurrentSetting = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Children", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResponseJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.UserId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "LetterTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDeliveries",
                columns: table => new
                {
                    MilestoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDeliveries", x => new { x.MilestoneId, x.Step, x.DueDate });
                });

            migrationBuilder.CreateTable(
                name: "RequestDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: true),
                    SubmittedRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedReference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sectors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TermsOfReference",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecisionMaking = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    QuorumAgencies = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QuorumMinimumMembers = table.Column<int>(type: "integer", nullable: false),
                    EvidenceCutOffWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    EvidenceCutOffTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    FromConfiguration = table.Column<bool>(type: "boolean", nullable: false),
                    AdoptedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AdoptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermsOfReference", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorProfileVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SectorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CoOccurringNeeds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaximumClassSize = table.Column<int>(type: "integer", nullable: true),
                    StaffingRatio = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Curriculum = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TimeInMainstream = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastEditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RetiredBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CognitionAndLearningMaximum = table.Column<int>(type: "integer", nullable: true),
                    CognitionAndLearningMinimum = table.Column<int>(type: "integer", nullable: true),
                    CommunicationAndInteractionMaximum = table.Column<int>(type: "integer", nullable: true),
                    CommunicationAndInteractionMinimum = table.Column<int>(type: "integer", nullable: true),
                    SensoryAndPhysicalMaximum = table.Column<int>(type: "integer", nullable: true),
                    SensoryAndPhysicalMinimum = table.Column<int>(type: "integer", nullable: true),
                    SocialEmotionalAndMentalHealthMaximum = table.Column<int>(type: "integer", nullable: true),
                    SocialEmotionalAndMentalHealthMinimum = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorProfileVersions", x => new { x.SectorId, x.Number });
                    table.ForeignKey(
                        name: "FK_SectorProfileVersions_Sectors_SectorId",
                        column: x => x.SectorId,
                        principalTable: "Sectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Urn = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LowestAge = table.Column<int>(type: "integer", nullable: false),
                    HighestAge = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SectorId = table.Column<Guid>(type: "uuid", nullable: false),
                    S41Approved = table.Column<bool>(type: "boolean", nullable: false),
                    InAuthorityArea = table.Column<bool>(type: "boolean", nullable: false),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CommissionedPlaces = table.Column<int>(type: "integer", nullable: false),
                    PlacesFilled = table.Column<int>(type: "integer", nullable: false),
                    AnnualCostPence = table.Column<long>(type: "bigint", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Settings_Sectors_SectorId",
                        column: x => x.SectorId,
                        principalTable: "Sectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                name: "PanelMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChairId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    TermsOfReferenceNumber = table.Column<int>(type: "integer", nullable: false),
                    QuorumAgencies = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QuorumMinimumMembers = table.Column<int>(type: "integer", nullable: false),
                    CutOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AttendanceRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PlacementRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AssignedOfficerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NeedLevels_CognitionAndLearning = table.Column<int>(type: "integer", nullable: false),
                    NeedLevels_CommunicationAndInteraction = table.Column<int>(type: "integer", nullable: false),
                    NeedLevels_SensoryAndPhysical = table.Column<int>(type: "integer", nullable: false),
                    NeedLevels_SocialEmotionalAndMentalHealth = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRequests_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlacementRequests_Users_AssignedOfficerId",
                        column: x => x.AssignedOfficerId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserChildLinks",
                columns: table => new
                {
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Relationship = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserChildLinks", x => new { x.UserId, x.ChildId });
                    table.ForeignKey(
                        name: "FK_UserChildLinks_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgencyViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecommendedOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PanelAttendance",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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
                    MemberId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DeclaredBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    UserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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
                name: "AdviceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgencyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddressedTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Recommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EvidenceItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceiptRecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ReceiptRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "CaseClocks",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildDateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    SeeksSpecialistProvision = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExceptionApplies = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "CasePacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemaVersion = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FrozenBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "CaseViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Voice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GatheredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HowGathered = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhatMatters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    HopesAndAspirations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HowBestSupported = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "DecisionFormDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AnswersJson = table.Column<string>(type: "character varying(400000)", maxLength: 400000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionFormDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionFormDrafts_PanelMeetings_PanelMeetingId",
                        column: x => x.PanelMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionFormDrafts_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyContacts",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Salutation = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    AddressLines = table.Column<string>(type: "character varying(422)", maxLength: 422, nullable: false),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PanelAgendaItems",
                columns: table => new
                {
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedAfterCutOff = table.Column<bool>(type: "boolean", nullable: false),
                    LateReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DraftDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "PlacementRequestNeeds",
                columns: table => new
                {
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRequestNeeds", x => new { x.PlacementRequestId, x.Rank });
                    table.ForeignKey(
                        name: "FK_PlacementRequestNeeds_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRequestPreferences",
                columns: table => new
                {
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SettingName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SettingUrn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ProvisionKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRequestPreferences", x => new { x.PlacementRequestId, x.Rank });
                    table.ForeignKey(
                        name: "FK_PlacementRequestPreferences_PlacementRequests_PlacementRequ~",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRequestStageChanges",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Transition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TriggerDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRequestStageChanges", x => new { x.PlacementRequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_PlacementRequestStageChanges_PlacementRequests_PlacementReq~",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AdviceRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    LateForPanelMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    File_ContentSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    File_FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    File_SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    File_Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "CaseClockEvents",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReasonCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Slot = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    DependsOnWorkingDays = table.Column<bool>(type: "boolean", nullable: false),
                    ExceptionApplies = table.Column<bool>(type: "boolean", nullable: false),
                    ExceptionReasons = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    DaysTaken = table.Column<int>(type: "integer", nullable: true),
                    MetWithinLimit = table.Column<bool>(type: "boolean", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "PanelDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    CasePackId = table.Column<Guid>(type: "uuid", nullable: false),
                    CasePackSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReliesOnUnsuitability = table.Column<bool>(type: "boolean", nullable: false),
                    ReliesOnEducationOfOthers = table.Column<bool>(type: "boolean", nullable: false),
                    ReliesOnUseOfResources = table.Column<bool>(type: "boolean", nullable: false),
                    ReliesOnSection9 = table.Column<bool>(type: "boolean", nullable: false),
                    CountedMembers = table.Column<string>(type: "text", nullable: false),
                    QuorumExplanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AgencyViews = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignedOffBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SignedOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupersedesDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersedeReason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SectorProfiles = table.Column<string>(type: "text", nullable: false, defaultValueSql: "'[]'"),
                    Placement = table.Column<string>(type: "text", nullable: true),
                    ContentSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelDecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SettingName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SettingUrn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    MaintainingAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ResponseSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SentBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OutcomeRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "IssuedLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacementRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AppealDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    AddressedTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    PageCount = table.Column<int>(type: "integer", nullable: false),
                    ReplacesLetterId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedLetters_IssuedLetters_ReplacesLetterId",
                        column: x => x.ReplacesLetterId,
                        principalTable: "IssuedLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedLetters_PanelDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "PanelDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedLetters_PlacementRequests_PlacementRequestId",
                        column: x => x.PlacementRequestId,
                        principalTable: "PlacementRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

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

            migrationBuilder.InsertData(
                table: "LetterTemplates",
                columns: new[] { "Id", "Body", "Note", "Outcome", "SavedAt", "SavedBy", "Version" },
                values: new object[,]
                {
                    { new Guid("0193a3c0-0000-7000-8000-000000000001"), "# Our decision about {{ child.given_name }}'s school place\n\n{{ family.salutation }},\n\nThe panel met to look at your request for {{ child.name }}. We have agreed to your request: {{ child.given_name }} will have a place at {{ placement }}.\n\n## Why we made this decision\n{{ reasons }}\n\n{% if sector_profile != \"\" %}\n## How {{ child.given_name }}'s needs match this provision\n{{ sector_profile }}\n{% endif %}\n\n## What happens next\n{% for step in next_steps %}\n- {{ step.description }}{% if step.date != \"\" %} (by {{ step.date }}){% endif %}\n{% endfor %}\n\n## Your right to appeal\nIf you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.\n\n**You must appeal by {{ appeal.deadline }}.**\n\nIf you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.\n\nFind out how to appeal at {{ appeal.tribunal_website }}\n\n## Mediation\nMediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.\n\n- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).\n- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.\n- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.\n\n{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != \"\" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != \"\" %}, {{ mediation.website }}{% endif %}\n\n## Disagreement resolution\nDisagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.\n\n{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != \"\" %}, email {{ disagreement_resolution.email }}{% endif %}\n\n## Free, impartial information and advice\n{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.\n\nTelephone {{ sendiass.telephone }}{% if sendiass.email != \"\" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != \"\" %}, {{ sendiass.website }}{% endif %}\n\n## Questions about this letter\nContact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != \"\" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != \"\" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.\n", "Wording shipped with the service.", "AgreePreference", new DateTimeOffset(new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "built-in", 1 },
                    { new Guid("0193a3c0-0000-7000-8000-000000000002"), "# Our decision about {{ child.given_name }}'s school place\n\n{{ family.salutation }},\n\nThe panel met to look at your request for {{ child.name }}. We could not agree to {{ preference }}. We have decided to name {{ placement }} instead.\n\n## Why we made this decision\n{{ reasons }}\n\n## The reasons in the law we looked at\nThe law says we must name the setting you asked for unless one of three reasons applies (section 39(4) of the Children and Families Act 2014). We looked at each reason separately.\n\n| Reason | Does it apply? | Why |\n|---|---|---|\n{% for ground in grounds %}| {{ ground.title }} | {% if ground.applies %}Yes{% else %}No{% endif %} | {{ ground.reasons }} |\n{% endfor %}\n\n{% if sector_profile != \"\" %}\n## How {{ child.given_name }}'s needs match this provision\n{{ sector_profile }}\n{% endif %}\n\n## What happens next\n{% for step in next_steps %}\n- {{ step.description }}{% if step.date != \"\" %} (by {{ step.date }}){% endif %}\n{% endfor %}\n\n## Your right to appeal\nIf you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.\n\n**You must appeal by {{ appeal.deadline }}.**\n\nIf you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.\n\nFind out how to appeal at {{ appeal.tribunal_website }}\n\n## Mediation\nMediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.\n\n- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).\n- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.\n- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.\n\n{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != \"\" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != \"\" %}, {{ mediation.website }}{% endif %}\n\n## Disagreement resolution\nDisagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.\n\n{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != \"\" %}, email {{ disagreement_resolution.email }}{% endif %}\n\n## Free, impartial information and advice\n{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.\n\nTelephone {{ sendiass.telephone }}{% if sendiass.email != \"\" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != \"\" %}, {{ sendiass.website }}{% endif %}\n\n## Questions about this letter\nContact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != \"\" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != \"\" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.\n", "Wording shipped with the service.", "NameAnotherSetting", new DateTimeOffset(new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "built-in", 1 },
                    { new Guid("0193a3c0-0000-7000-8000-000000000003"), "# Our decision about {{ child.given_name }}'s school place\n\n{{ family.salutation }},\n\nThe panel met to look at your request for {{ child.name }}. {% if preference != \"\" %}We could not agree to {{ preference }}. {% endif %}We have decided that {{ child.given_name }} needs a place in {{ placement }}. We will now ask settings of this type whether they can meet {{ child.given_name }}'s needs, and write to you again when a setting has been named.\n\n## Why we made this decision\n{{ reasons }}\n\n{% if preference != \"\" %}\n## The reasons in the law we looked at\nThe law says we must name the setting you asked for unless one of three reasons applies (section 39(4) of the Children and Families Act 2014). We looked at each reason separately.\n\n| Reason | Does it apply? | Why |\n|---|---|---|\n{% for ground in grounds %}| {{ ground.title }} | {% if ground.applies %}Yes{% else %}No{% endif %} | {{ ground.reasons }} |\n{% endfor %}\n{% endif %}\n\n{% if sector_profile != \"\" %}\n## How {{ child.given_name }}'s needs match this provision\n{{ sector_profile }}\n{% endif %}\n\n## What happens next\n{% for step in next_steps %}\n- {{ step.description }}{% if step.date != \"\" %} (by {{ step.date }}){% endif %}\n{% endfor %}\n\n## Your right to appeal\nIf you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.\n\n**You must appeal by {{ appeal.deadline }}.**\n\nIf you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.\n\nFind out how to appeal at {{ appeal.tribunal_website }}\n\n## Mediation\nMediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.\n\n- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).\n- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.\n- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.\n\n{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != \"\" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != \"\" %}, {{ mediation.website }}{% endif %}\n\n## Disagreement resolution\nDisagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.\n\n{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != \"\" %}, email {{ disagreement_resolution.email }}{% endif %}\n\n## Free, impartial information and advice\n{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.\n\nTelephone {{ sendiass.telephone }}{% if sendiass.email != \"\" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != \"\" %}, {{ sendiass.website }}{% endif %}\n\n## Questions about this letter\nContact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != \"\" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != \"\" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.\n", "Wording shipped with the service.", "NameTypeAndConsult", new DateTimeOffset(new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "built-in", 1 },
                    { new Guid("0193a3c0-0000-7000-8000-000000000004"), "# We need more information before deciding {{ child.given_name }}'s school place\n\n{{ family.salutation }},\n\nThe panel met to look at your request for {{ child.name }}. We have not made a decision yet, because we need more information to make the right one.\n\n## Why we need more information\n{{ reasons }}\n\n## What we are waiting for\n{% for item in missing_evidence %}\n- {{ item }}\n{% endfor %}\n\n## What happens next\n{% for step in next_steps %}\n- {{ step.description }}{% if step.date != \"\" %} (by {{ step.date }}){% endif %}\n{% endfor %}\n\nWhen we have this information, the panel will look at your request again and we will write to you with our decision. That letter will explain your right to appeal if you disagree with it.\n\n## Free, impartial information and advice\n{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.\n\nTelephone {{ sendiass.telephone }}{% if sendiass.email != \"\" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != \"\" %}, {{ sendiass.website }}{% endif %}\n\n## Questions about this letter\nContact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != \"\" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != \"\" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.\n", "Wording shipped with the service.", "DeferForEvidence", new DateTimeOffset(new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "built-in", 1 },
                    { new Guid("0193a3c0-0000-7000-8000-000000000005"), "# Our decision about {{ child.given_name }}'s school place\n\n{{ family.salutation }},\n\nThe panel met to look at your request for {{ child.name }}. We have decided not to agree to {{ preference }}.{% if placement != \"\" %} {{ child.given_name }} will stay at {{ placement }}.{% endif %}\n\n## Why we made this decision\n{{ reasons }}\n\n## The reasons in the law we looked at\nThe law says we must name the setting you asked for unless one of three reasons applies (section 39(4) of the Children and Families Act 2014). We looked at each reason separately.\n\n| Reason | Does it apply? | Why |\n|---|---|---|\n{% for ground in grounds %}| {{ ground.title }} | {% if ground.applies %}Yes{% else %}No{% endif %} | {{ ground.reasons }} |\n{% endfor %}\n\n{% if sector_profile != \"\" %}\n## How {{ child.given_name }}'s needs match this provision\n{{ sector_profile }}\n{% endif %}\n\n## What happens next\n{% for step in next_steps %}\n- {{ step.description }}{% if step.date != \"\" %} (by {{ step.date }}){% endif %}\n{% endfor %}\n\n## Your right to appeal\nIf you disagree with our decision about where {{ child.given_name }} should go to school, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). The Tribunal is independent of the council.\n\n**You must appeal by {{ appeal.deadline }}.**\n\nIf you take part in mediation, you have until 1 month after the date on your mediation certificate, if that is later.\n\nFind out how to appeal at {{ appeal.tribunal_website }}\n\n## Mediation\nMediation is a free meeting with an independent mediator to try to settle a disagreement without going to the Tribunal.\n\n- You do not need a mediation certificate to appeal only about the school or type of setting we have named (section I of the plan).\n- If your appeal is also about other parts of the plan, you must first contact the mediation adviser, who will give you a certificate whether or not you choose mediation.\n- Contact the mediation adviser within {{ mediation.contact_period }} of the date of this letter, and let us know if you want mediation.\n\n{{ mediation.name }}, telephone {{ mediation.telephone }}{% if mediation.email != \"\" %}, email {{ mediation.email }}{% endif %}{% if mediation.website != \"\" %}, {{ mediation.website }}{% endif %}\n\n## Disagreement resolution\nDisagreement resolution is a free, independent service to help you settle a disagreement with us, a school or the health service. Using it does not affect your right to appeal.\n\n{{ disagreement_resolution.name }}, telephone {{ disagreement_resolution.telephone }}{% if disagreement_resolution.email != \"\" %}, email {{ disagreement_resolution.email }}{% endif %}\n\n## Free, impartial information and advice\n{{ sendiass.name }} gives free, confidential and impartial information, advice and support to families about special educational needs and disabilities. They are independent of the council.\n\nTelephone {{ sendiass.telephone }}{% if sendiass.email != \"\" %}, email {{ sendiass.email }}{% endif %}{% if sendiass.website != \"\" %}, {{ sendiass.website }}{% endif %}\n\n## Questions about this letter\nContact {{ officer.name }}, {{ officer.role }}{% if officer.telephone != \"\" %}, on {{ officer.telephone }}{% endif %}{% if officer.email != \"\" %} or at {{ officer.email }}{% endif %}. Please quote {{ case_reference }}.\n", "Wording shipped with the service.", "Decline", new DateTimeOffset(new DateTime(2026, 11, 22, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "built-in", 1 }
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
                name: "IX_AuditEvents_CaseId_Sequence",
                table: "AuditEvents",
                columns: new[] { "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAt",
                table: "AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_PanelId_Sequence",
                table: "AuditEvents",
                columns: new[] { "PanelId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ChildId",
                table: "CaseClocks",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_PlacementRequestId_OccurredAt",
                table: "CaseEvents",
                columns: new[] { "PlacementRequestId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMilestones_MetOn_Kind_ExceptionApplies_MetWithinLimit_D~",
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
                name: "IX_Children_FamilyName_GivenName",
                table: "Children",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_Upn",
                table: "Children",
                column: "Upn",
                unique: true);

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
                name: "IX_DecisionFormDrafts_PanelMeetingId_PlacementRequestId_OwnerId",
                table: "DecisionFormDrafts",
                columns: new[] { "PanelMeetingId", "PlacementRequestId", "OwnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionFormDrafts_PlacementRequestId",
                table: "DecisionFormDrafts",
                column: "PlacementRequestId");

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
                name: "IX_IssuedLetters_DecisionId",
                table: "IssuedLetters",
                column: "DecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedLetters_PlacementRequestId_Number",
                table: "IssuedLetters",
                columns: new[] { "PlacementRequestId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedLetters_ReplacesLetterId",
                table: "IssuedLetters",
                column: "ReplacesLetterId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterTemplates_Outcome_Version",
                table: "LetterTemplates",
                columns: new[] { "Outcome", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_CreatedAt",
                table: "Notifications",
                columns: new[] { "RecipientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SentAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "SentAt", "CreatedAt" });

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
                name: "IX_PlacementRequestNeeds_Code",
                table: "PlacementRequestNeeds",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRequests_AssignedOfficerId",
                table: "PlacementRequests",
                column: "AssignedOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRequests_ChildId",
                table: "PlacementRequests",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRequests_ReceivedDate",
                table: "PlacementRequests",
                column: "ReceivedDate");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRequests_Reference",
                table: "PlacementRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRequests_Stage_ReceivedDate",
                table: "PlacementRequests",
                columns: new[] { "Stage", "ReceivedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestDrafts_OwnerId",
                table: "RequestDrafts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDrafts_UpdatedAt",
                table: "RequestDrafts",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Sectors_Code",
                table: "Sectors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Name",
                table: "Settings",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Settings_SectorId",
                table: "Settings",
                column: "SectorId");

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Urn",
                table: "Settings",
                column: "Urn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TermsOfReference_EffectiveFrom",
                table: "TermsOfReference",
                column: "EffectiveFrom");

            migrationBuilder.CreateIndex(
                name: "IX_UserChildLinks_ChildId",
                table: "UserChildLinks",
                column: "ChildId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyViews");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "CaseClockEvents");

            migrationBuilder.DropTable(
                name: "CaseClockExceptions");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseMilestones");

            migrationBuilder.DropTable(
                name: "CaseViews");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DecisionFormDrafts");

            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropTable(
                name: "FamilyContacts");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "IssuedLetters");

            migrationBuilder.DropTable(
                name: "LetterTemplates");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PanelAgendaItems");

            migrationBuilder.DropTable(
                name: "PanelAttendance");

            migrationBuilder.DropTable(
                name: "PanelConflictDeclarations");

            migrationBuilder.DropTable(
                name: "PanelMeetingSeats");

            migrationBuilder.DropTable(
                name: "PlacementRequestNeeds");

            migrationBuilder.DropTable(
                name: "PlacementRequestPreferences");

            migrationBuilder.DropTable(
                name: "PlacementRequestStageChanges");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "ReminderDeliveries");

            migrationBuilder.DropTable(
                name: "RequestDrafts");

            migrationBuilder.DropTable(
                name: "SectorProfileVersions");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "UserChildLinks");

            migrationBuilder.DropTable(
                name: "CaseClocks");

            migrationBuilder.DropTable(
                name: "AdviceRequests");

            migrationBuilder.DropTable(
                name: "PanelDecisions");

            migrationBuilder.DropTable(
                name: "Sectors");

            migrationBuilder.DropTable(
                name: "CasePacks");

            migrationBuilder.DropTable(
                name: "PanelMeetings");

            migrationBuilder.DropTable(
                name: "PlacementRequests");

            migrationBuilder.DropTable(
                name: "TermsOfReference");

            migrationBuilder.DropTable(
                name: "Children");

            migrationBuilder.DropTable(
                name: "Users");
        }
    }
}
