using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// A decision as recorded: outcome, reasons, each preference's test, the mainstream presumption, each agency's view,
/// the members it was made with, who signed it off, what it corrects or what corrected it, whether its record
/// still has the hash it was signed off with, the sector-profile versions it was made against and where it places the child.
/// </summary>
public static class GetDecision
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid DecisionId) : IQuery<Details>, IDecisionScoped, IThroughPanel;

    public sealed record Details(
        Guid Id,
        Guid PanelId,
        string PanelTitle,
        DateOnly MeetingDate,
        Guid PlacementRequestId,
        string CaseReference,
        DecisionStatus Status,
        bool Stands,
        DecisionOutcome Outcome,
        DecisionContent Content,
        IReadOnlyList<Person> CountedMembers,
        string Quorum,
        IReadOnlyList<View> AgencyViews,
        Person RecordedBy,
        DateTimeOffset RecordedAt,
        Person? SignedOffBy,
        DateTimeOffset? SignedOffAt,
        Guid? SupersedesDecisionId,
        string? SupersedeReason,
        Guid? SupersededByDecisionId,
        Guid CasePackId,
        string CasePackSha256,
        string? ContentSha256,
        bool? Intact,
        int Version,
        IReadOnlyList<SectorProfileUsed> SectorProfiles,
        DecisionPlacement? Placement);

    public sealed record Person(string Id, string Name, Agency? Agency);

    public sealed record View(Guid Id, Person Member, Agency Agency, string Summary, DecisionOutcome? RecommendedOutcome, DateTimeOffset RecordedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.DecisionId).NotEmpty().WithMessage("Give the id of the decision.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var decision = await db.PanelDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DecisionId, cancellationToken)
                           ?? throw new NotFoundException("Decision", query.DecisionId);
            var meeting = await db.PanelMeetings.AsNoTracking().Where(m => m.Id == decision.PanelMeetingId)
                .Select(m => new { m.Title, m.MeetingDate }).SingleAsync(cancellationToken);
            var reference = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == decision.PlacementRequestId)
                .Select(p => p.Reference).SingleAsync(cancellationToken);
            var supersededBy = await db.PanelDecisions.AsNoTracking()
                .Where(d => d.SupersedesDecisionId == decision.Id && d.Status == DecisionStatus.SignedOff)
                .Select(d => (Guid?)d.Id)
                .SingleOrDefaultAsync(cancellationToken);

            var userIds = decision.CountedMembers.Select(m => m.UserId)
                .Concat(decision.AgencyViews.Select(v => v.MemberId))
                .Append(decision.RecordedBy)
                .Concat(decision.SignedOffBy is { } s ? [s] : [])
                .Distinct()
                .ToList();
            var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => new Person(u.Id.Value, u.DisplayName, u.Agency), cancellationToken);
            Person PersonOf(UserId id) => people.GetValueOrDefault(id, new Person(id.Value, id.Value, null));

            return new Details(
                decision.Id,
                decision.PanelMeetingId,
                meeting.Title,
                meeting.MeetingDate,
                decision.PlacementRequestId.Value,
                reference.Value,
                decision.Status,
                decision.IsSignedOff && supersededBy is null,
                decision.Outcome,
                decision.Content,
                decision.CountedMembers.Select(m => PersonOf(m.UserId)).ToList(),
                decision.QuorumExplanation,
                decision.AgencyViews.Select(v => new View(v.ViewId, PersonOf(v.MemberId), v.Agency, v.Summary, v.RecommendedOutcome, v.RecordedAt)).ToList(),
                PersonOf(decision.RecordedBy),
                decision.RecordedAt,
                decision.SignedOffBy is { } by ? PersonOf(by) : null,
                decision.SignedOffAt,
                decision.SupersedesDecisionId,
                decision.SupersedeReason,
                supersededBy,
                decision.CasePackId,
                decision.CasePackSha256,
                decision.ContentSha256,
                decision.IsSignedOff ? decision.IsIntact : null,
                decision.Version,
                decision.SectorProfiles,
                decision.Placement);
        }
    }
}
