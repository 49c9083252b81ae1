using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence;

/// <summary>
/// A placement request an officer is part-way through logging in the browser: the answers given so far, kept on
/// the server so that the back button, a second tab or signing in again after the session ran out loses nothing.
/// Only its owner can see it. Once submitted it keeps only the case it became; the answers are cleared.
/// </summary>
public sealed class RequestDraft
{
    private RequestDraft()
    {
    }

    public Guid Id { get; private set; }
    public UserId OwnerId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The answers so far, as the JSON of a <c>SubmitPlacementRequest.Command</c>; null once submitted.</summary>
    public string? AnswersJson { get; private set; }

    public Guid? SubmittedRequestId { get; private set; }
    public string? SubmittedReference { get; private set; }

    public bool IsSubmitted => SubmittedRequestId is not null;

    public static RequestDraft Start(UserId owner, string answersJson, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        OwnerId = owner,
        StartedAt = at,
        UpdatedAt = at,
        AnswersJson = answersJson,
    };

    public void Save(string answersJson, DateTimeOffset at)
    {
        if (IsSubmitted)
        {
            throw new InvalidOperationException("A submitted draft cannot change.");
        }

        AnswersJson = answersJson;
        UpdatedAt = at;
    }

    public void MarkSubmitted(Guid requestId, string reference, DateTimeOffset at)
    {
        SubmittedRequestId = requestId;
        SubmittedReference = reference;
        AnswersJson = null;
        UpdatedAt = at;
    }
}
