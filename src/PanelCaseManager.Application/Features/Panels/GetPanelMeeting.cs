using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// A panel meeting: members, cut-off, agenda with each case's papers, quorum, conflicts, views and decision. A case the
/// caller may not read there — another team's, one they declared a conflict of interest in, or any once the meeting's
/// papers have closed to its members — is listed by its place and reference only, with nothing of its content and no
/// id (<see cref="CaseAccess.ReadableOnPanelAsync"/>).
/// </summary>
public static class GetPanelMeeting
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PanelId) : IQuery<Details>, IPanelScoped;

    public sealed record Details(
        Guid Id,
        string Title,
        DateOnly MeetingDate,
        string? Location,
        DateTimeOffset CutOffAt,
        bool PastCutOff,
        int TermsOfReferenceNumber,
        string QuorumRule,
        IReadOnlyList<Member> Members,
        bool AttendanceRecorded,
        IReadOnlyList<Member> Present,
        IReadOnlyList<AgendaEntry> Agenda,
        IReadOnlyList<WithheldEntry> Withheld,
        int Version) : IReturnsCases
    {
        /// <summary>The cases whose content the caller was shown.</summary>
        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds => Agenda.Select(a => a.PlacementRequestId).ToList();
    }

    public sealed record Member(string UserId, string Name, Agency Agency, PanelRole Role);

    public sealed record AgendaEntry(
        int Position,
        Guid PlacementRequestId,
        string Reference,
        Stage Stage,
        bool AddedAfterCutOff,
        string? LateReason,
        Pack? Papers,
        bool Quorate,
        string Quorum,
        IReadOnlyList<Conflict> Conflicts,
        IReadOnlyList<View> Views,
        Guid? DraftDecisionId,
        Guid? DecisionId,
        DecidedAs? Decided = null);

    /// <summary>
    /// What the case's decision says, signed off or (before then) drafted: the outcome, and where it places the child
    /// (the setting as the decision records it, or the type of provision named).
    /// </summary>
    public sealed record DecidedAs(DecisionOutcome Outcome, bool SignedOff, string? Setting, Domain.PlacementRequests.ProvisionKind? ProvisionKind);

    /// <summary>Why a case on the agenda is shown to the caller by its reference only.</summary>
    public enum WithheldBecause
    {
        /// <summary>The caller declared a conflict of interest in it, so takes no part in it.</summary>
        ConflictOfInterest,

        /// <summary>The meeting's papers closed to its members some time after it was held.</summary>
        PapersClosed,

        /// <summary>Another team's case.</summary>
        NotYourCase,
    }

    /// <summary>A case on the agenda that the caller may not read: where it comes and its reference, nothing more.</summary>
    public sealed record WithheldEntry(int Position, string Reference, WithheldBecause Because);

    public sealed record Pack(Guid CasePackId, string Sha256, DateTimeOffset FrozenAt, FreezeTrigger Trigger);

    public sealed record Conflict(string MemberId, string Name, string Reason, DateTimeOffset DeclaredAt);

    public sealed record View(Guid Id, string MemberId, string Name, Agency Agency, string Summary, DecisionOutcome? RecommendedOutcome, DateTimeOffset RecordedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, CaseAccess access, TimeProvider clock) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await db.PanelMeetings.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(m => m.Id == query.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", query.PanelId);
            var caseIds = meeting.Agenda.Select(a => a.PlacementRequestId).ToList();
            var cases = await db.PlacementRequests.AsNoTracking().Where(p => caseIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference, p.Stage })
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            var packs = await db.CasePacks.AsNoTracking().Where(p => p.PanelMeetingId == meeting.Id)
                .Select(p => new { p.PlacementRequestId, Pack = new Pack(p.Id, p.Sha256, p.FrozenAt, p.Trigger) })
                .ToDictionaryAsync(p => p.PlacementRequestId, p => p.Pack, cancellationToken);
            var views = await db.AgencyViews.AsNoTracking().Where(v => v.PanelMeetingId == meeting.Id).OrderBy(v => v.RecordedAt).ToListAsync(cancellationToken);
            var names = meeting.Seats.ToDictionary(s => s.UserId, s => s.DisplayName);
            string NameOf(UserId id) => names.GetValueOrDefault(id, id.Value);
            var me = currentUser.Id;

            var readable = await access.ReadableOnPanelAsync(meeting.Id, meeting.MeetingDate, caseIds, cancellationToken);
            var sitsOnPanel = meeting.ChairId == me || meeting.Seats.Any(seat => seat.UserId == me);
            WithheldBecause Why(PlacementRequestId caseId) =>
                !sitsOnPanel ? WithheldBecause.NotYourCase
                : !access.PanelPapersOpen(meeting.MeetingDate) ? WithheldBecause.PapersClosed
                : WithheldBecause.ConflictOfInterest;

            var ordered = meeting.Agenda.OrderBy(a => a.Position).ToList();
            var decisionIds = ordered.Where(a => readable.Contains(a.PlacementRequestId))
                .Select(a => a.DecisionId ?? a.DraftDecisionId).OfType<Guid>().ToList();
            var decisions = await db.PanelDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
            DecidedAs? DecidedOf(Guid? decisionId) => decisionId is { } did && decisions.TryGetValue(did, out var d)
                ? new DecidedAs(d.Outcome, d.IsSignedOff, d.Placement?.SettingName ?? d.Content.NamedSetting?.Name, d.Content.NamedProvisionKind)
                : null;

            var withheld = ordered.Where(a => !readable.Contains(a.PlacementRequestId))
                .Select(a => new WithheldEntry(a.Position, cases[a.PlacementRequestId].Reference.Value, Why(a.PlacementRequestId)))
                .ToList();
            var agenda = ordered.Where(a => readable.Contains(a.PlacementRequestId)).Select(a =>
            {
                var quorum = meeting.QuorumFor(a.PlacementRequestId).Check;
                var caseRow = cases[a.PlacementRequestId];
                return new AgendaEntry(
                    a.Position,
                    a.PlacementRequestId.Value,
                    caseRow.Reference.Value,
                    caseRow.Stage,
                    a.AddedAfterCutOff,
                    a.LateReason,
                    packs.GetValueOrDefault(a.PlacementRequestId),
                    quorum.IsQuorate,
                    quorum.Explain(),
                    meeting.Conflicts.Where(c => c.PlacementRequestId == a.PlacementRequestId)
                        .Select(c => new Conflict(c.MemberId.Value, NameOf(c.MemberId), c.Reason, c.DeclaredAt)).ToList(),
                    views.Where(v => v.PlacementRequestId == a.PlacementRequestId)
                        .Select(v => new View(v.Id, v.MemberId.Value, NameOf(v.MemberId), v.Agency, v.Summary, v.RecommendedOutcome, v.RecordedAt)).ToList(),
                    a.DraftDecisionId,
                    a.DecisionId,
                    DecidedOf(a.DecisionId ?? a.DraftDecisionId));
            }).ToList();

            return new Details(
                meeting.Id,
                meeting.Title,
                meeting.MeetingDate,
                meeting.Location,
                meeting.CutOffAt,
                meeting.IsPastCutOff(clock.GetUtcNow()),
                meeting.TermsOfReferenceNumber,
                meeting.Quorum.Describe(),
                meeting.Seats.Select(s => new Member(s.UserId.Value, s.DisplayName, s.Agency, s.Role)).ToList(),
                meeting.AttendanceRecordedAt is not null,
                meeting.Attendance.Select(a => new Member(a.UserId.Value, NameOf(a.UserId), a.Agency, a.Role)).ToList(),
                agenda,
                withheld,
                meeting.Version);
        }
    }
}
