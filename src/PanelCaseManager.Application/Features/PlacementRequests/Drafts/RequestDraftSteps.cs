using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests.Drafts;

/// <summary>The steps of logging a request, each owning some of <see cref="SubmitPlacementRequest.Command"/>'s fields.</summary>
public enum RequestDraftStep
{
    Child,
    Request,
    Needs,
    Preferences,
    Officer,
}

public static class RequestDraftSteps
{
    public static readonly IReadOnlyList<RequestDraftStep> InOrder = Enum.GetValues<RequestDraftStep>();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The step whose page asks for a field, by the field's name as validation reports it.</summary>
    public static RequestDraftStep? StepOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var root = field.Split('.', '[')[0];
        return root switch
        {
            "child" or "childId" => RequestDraftStep.Child,
            "type" or "receivedDate" => RequestDraftStep.Request,
            "primaryNeed" or "secondaryNeed" or "needLevels" => RequestDraftStep.Needs,
            "preferences" => RequestDraftStep.Preferences,
            "assignedOfficerId" => RequestDraftStep.Officer,
            _ => null,
        };
    }

    /// <summary>The stored answers with one step's fields taken from <paramref name="step"/>'s page.</summary>
    public static SubmitPlacementRequest.Command Merge(SubmitPlacementRequest.Command stored, RequestDraftStep step, SubmitPlacementRequest.Command given)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(given);
        return step switch
        {
            RequestDraftStep.Child => stored with { ChildId = null, Child = given.Child },
            RequestDraftStep.Request => stored with { Type = given.Type, ReceivedDate = given.ReceivedDate },
            RequestDraftStep.Needs => stored with { PrimaryNeed = given.PrimaryNeed, SecondaryNeed = given.SecondaryNeed, NeedLevels = given.NeedLevels },
            RequestDraftStep.Preferences => stored with { Preferences = given.Preferences ?? [] },
            RequestDraftStep.Officer => stored with { AssignedOfficerId = given.AssignedOfficerId },
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };
    }

    public static SubmitPlacementRequest.Command Empty(string? officerId) =>
        new(null, null, null, null, [], null, null, null, officerId);

    public static string Serialise(SubmitPlacementRequest.Command answers) => JsonSerializer.Serialize(answers, Json);

    public static SubmitPlacementRequest.Command Deserialise(string json) =>
        JsonSerializer.Deserialize<SubmitPlacementRequest.Command>(json, Json) ?? Empty(null);

    /// <summary>The caller's own draft, still in date; anyone else's is as good as missing.</summary>
    internal static async Task<RequestDraft> FindOwnAsync(this PanelDbContext db, Guid draftId, UserId owner, DateTimeOffset oldestKept, CancellationToken cancellationToken) =>
        await db.RequestDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.OwnerId == owner && d.UpdatedAt >= oldestKept, cancellationToken)
        ?? throw new NotFoundException("Draft request", draftId);
}
