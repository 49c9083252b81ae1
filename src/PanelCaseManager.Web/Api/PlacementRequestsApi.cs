using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Web.Api;

internal static class PlacementRequestsApi
{
    private static readonly (string Route, StageTransition Transition, string Name, string Summary)[] Moves =
    [
        ("start-evidence", StageTransition.StartEvidence, "StartEvidence", "Start gathering evidence for a received request"),
        ("mark-ready-for-panel", StageTransition.MarkReadyForPanel, "MarkReadyForPanel", "Mark the case ready to go on a panel's agenda"),
        ("return-to-evidence", StageTransition.ReturnToEvidence, "ReturnToEvidence", "Return the case to evidence gathering, saying why"),
        ("withdraw", StageTransition.Withdraw, "WithdrawPlacementRequest", "Withdraw the request, saying why"),
        ("close", StageTransition.Close, "ClosePlacementRequest", "Close the case once its decision letter is issued"),
        ("reconsider", StageTransition.Reconsider, "ReconsiderPlacementRequest", "Reopen a decided case after new evidence, mediation, an appeal or a complaint"),
    ];

    public static void MapPlacementRequests(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/placement-requests").WithTags("Placement requests");

        group.MapPost("/", SubmitAsync)
            .WithName("SubmitPlacementRequest")
            .WithSummary("Log a new placement request")
            .WithDescription("Send an Idempotency-Key header to make retries safe: a retry with the same key and body returns the first result.")
            .ProducesValidationProblem();

        group.MapGet("/", async ([AsParameters] ListQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new ListPlacementRequests.Query(query.Stage, query.Officer, query.Need, query.Text, query.Page, query.PageSize, query.Sort) { Deadline = query.Deadline }, ct)))
            .WithName("ListPlacementRequests")
            .WithSummary("List placement requests with each one's next statutory deadline, filtered (deadline=overdue|due-soon) and a page at a time")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPlacementRequest.Query(id), ct)))
            .WithName("GetPlacementRequest")
            .WithSummary("Read one placement request")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/family-contact", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetFamilyContact.Query(id), ct)))
            .WithName("GetFamilyContact")
            .WithSummary("Whom the family's letters are written to, and where")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/family-contact", async (Guid id, [FromBody] RecordFamilyContactRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new RecordFamilyContact.Command(id, body.ExpectedVersion, body.Name, body.Role, body.Salutation, body.AddressLines, body.Postcode, body.Email), ct)))
            .WithName("RecordFamilyContact")
            .WithSummary("Record or change whom the family's letters are written to")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        foreach (var (route, transition, name, summary) in Moves)
        {
            group.MapPost($"/{{id:guid}}/{route}", async (Guid id, [FromBody] MoveStageRequest body, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok(await sender.Send(
                        new MoveStage.Command(id, transition, body.ExpectedVersion, body.Reason, body.Trigger, body.TriggerDate), ct)))
                .WithName(name)
                .RequireAuthorization(Policies.ManageCases)
                .WithSummary(summary)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
    }

    private static async Task<Created<SubmitPlacementRequest.Result>> SubmitAsync(
        [FromBody] SubmitPlacementRequest.Command command,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        CancellationToken ct)
    {
        var result = await sender.Send(command with { IdempotencyKey = idempotencyKey }, ct);
        return TypedResults.Created($"/api/v1/placement-requests/{result.Id}", result);
    }

    internal sealed record ListQuery(string? Stage, string? Officer, string? Need, string? Text, int? Page, int? PageSize, string? Sort, string? Deadline);

    /// <summary>The body of a move: the version being changed and, where the move needs one, why.</summary>
    internal sealed record MoveStageRequest(int? ExpectedVersion, string? Reason, ReconsiderationTrigger? Trigger, DateOnly? TriggerDate);

    /// <summary>The family's contact; expectedVersion is left out the first time and is the version read when changing it.</summary>
    internal sealed record RecordFamilyContactRequest(
        int? ExpectedVersion, string? Name, ContactRole? Role, string? Salutation, IReadOnlyList<string>? AddressLines, string? Postcode, string? Email);
}
