using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence;

/// <summary>One entry in a case's timeline: who did what, when. Written with the change it records; never edited.</summary>
public sealed class CaseEvent
{
    private CaseEvent()
    {
        Kind = string.Empty;
        Description = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public UserId ActorId { get; private set; }
    public string Kind { get; private set; }
    public string Description { get; private set; }

    public static CaseEvent Record(PlacementRequestId caseId, DateTimeOffset at, UserId actor, string kind, string description) => new()
    {
        Id = Guid.CreateVersion7(),
        PlacementRequestId = caseId,
        OccurredAt = at,
        ActorId = actor,
        Kind = kind,
        Description = description,
    };
}
