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
/// A panel meeting: members, cut-off, agenda with each case's papers, quorum, conflicts, views and decision. The views
/// given on a case are withheld from a member who declared a conflict of interest in it, as its papers are.
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
        int Version);

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
        bool ViewsWithheld,
        Guid? DraftDecisionId,
        Guid? DecisionId);

    public sealed record Pack(Guid CasePackId, string Sha256, DateTimeOffset FrozenAt, FreezeTrigger Trigger);

    public sealed record Conflict(string MemberId, string Name, string Reason, DateTimeOffset DeclaredAt);

    public sealed record View(Guid Id, string MemberId, string Name, Agency Agency, string Summary, DecisionOutcome? RecommendedOutcome, DateTimeOffset RecordedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : IQueryHandler<Query, Details>
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

            var agenda = meeting.Agenda.OrderBy(a => a.Position).Select(a =>
            {
                var quorum = meeting.QuorumFor(a.PlacementRequestId).Check;
                var caseRow = cases[a.PlacementRequestId];
                var withheld = meeting.IsConflicted(me, a.PlacementRequestId);
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
                    withheld
                        ? []
                        : views.Where(v => v.PlacementRequestId == a.PlacementRequestId)
                            .Select(v => new View(v.Id, v.MemberId.Value, NameOf(v.MemberId), v.Agency, v.Summary, v.RecommendedOutcome, v.RecordedAt)).ToList(),
                    withheld,
                    a.DraftDecisionId,
                    a.DecisionId);
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
                meeting.Version);
        }
    }
}
