using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence;

/// <summary>
/// What a panel member last typed into the decision form for a case at a meeting, whether or not it could yet be
/// recorded as the decision: kept on the server so that the back button, a second tab or a session that ran out
/// loses nothing. Only its owner sees it; it is removed when the decision is signed off.
/// </summary>
public sealed class DecisionFormDraft
{
    /// <summary>Far more than the longest decision the form can hold; a guard against abuse, not a limit anyone meets.</summary>
    public const int AnswersMaxLength = 400_000;

    private DecisionFormDraft()
    {
        AnswersJson = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid PanelMeetingId { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public UserId OwnerId { get; private set; }

    /// <summary>The answers as the JSON of a <c>RecordDecision.Command</c>.</summary>
    public string AnswersJson { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static DecisionFormDraft Start(Guid panelMeetingId, PlacementRequestId caseId, UserId owner, string answersJson, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        PanelMeetingId = panelMeetingId,
        PlacementRequestId = caseId,
        OwnerId = owner,
        AnswersJson = answersJson,
        UpdatedAt = at,
    };

    public void Save(string answersJson, DateTimeOffset at)
    {
        AnswersJson = answersJson;
        UpdatedAt = at;
    }
}
