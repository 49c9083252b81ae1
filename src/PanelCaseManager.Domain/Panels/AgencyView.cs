using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

/// <summary>
/// A member's view, for their agency, on a case at a meeting. Never edited: a member who changes their view
/// records it again, and the latest counts.
/// </summary>
public sealed class AgencyView : AggregateRoot
{
    public const int SummaryMaxLength = 4000;

    private AgencyView()
    {
        Summary = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid PanelMeetingId { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public UserId MemberId { get; private set; }
    public Agency Agency { get; private set; }
    public string Summary { get; private set; }
    public DecisionOutcome? RecommendedOutcome { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static AgencyView Record(PanelMeeting meeting, PlacementRequestId caseId, UserId memberId, string summary, DecisionOutcome? recommendedOutcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var attendee = meeting.EnsureCanGiveView(memberId, caseId, now);
        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainRuleException("view-required", "Give your agency's view.");
        }

        var view = new AgencyView
        {
            Id = Guid.CreateVersion7(),
            PanelMeetingId = meeting.Id,
            PlacementRequestId = caseId,
            MemberId = memberId,
            Agency = attendee.Agency,
            Summary = summary.Trim(),
            RecommendedOutcome = recommendedOutcome,
            RecordedAt = now,
        };
        view.Raise(new AgencyViewRecorded(meeting.Id, caseId, memberId, attendee.Agency, now));
        return view;
    }

    public AgencyViewSnapshot ToSnapshot() => new(Id, MemberId, Agency, Summary, RecommendedOutcome, RecordedAt);
}

/// <summary>A view as the decision counted it.</summary>
public sealed record AgencyViewSnapshot(Guid ViewId, UserId MemberId, Agency Agency, string Summary, DecisionOutcome? RecommendedOutcome, DateTimeOffset RecordedAt);
