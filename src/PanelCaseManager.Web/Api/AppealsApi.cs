using Mediator;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;

namespace PanelCaseManager.Web.Api;

/// <summary>Disagreements with a case's notices that carry the right of appeal: mediation, under /placement-requests/{id}.</summary>
internal static class AppealsApi
{
    public static void MapAppeals(this RouteGroupBuilder v1)
    {
        var cases = v1.MapGroup("/placement-requests/{id:guid}").WithTags("Mediation and appeals");

        cases.MapGet("/disagreements", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDisagreements.Query(id), ct)))
            .WithName("GetDisagreements")
            .RequireAuthorization(Policies.ReadCases)
            .WithSummary("The case's notices that carry the right of appeal, the mediation about each, the mediation deadlines and the last day to appeal")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/mediations", async (Guid id, [FromBody] StartMediationRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new StartMediation.Command(id, body.NoticeId ?? Guid.Empty, body.AdviserContactedOn) { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/disagreements", result);
            })
            .WithName("StartMediation")
            .RequireAuthorization(Policies.ManageCases)
            .WithSummary("Record that the family contacted the mediation adviser about a notice that carries the right of appeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/mediations/{mediationId:guid}", async (Guid id, Guid mediationId, [FromBody] RecordMediationRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new RecordMediation.Command(id, mediationId, body.ExpectedVersion, body.Choice, body.ChoiceMadeOn, body.HeldOn, body.Outcome, body.CertificateIssuedOn), ct)))
            .WithName("RecordMediation")
            .RequireAuthorization(Policies.ManageCases)
            .WithSummary("Record whether the family chose mediation, the day it was held and how it ended, and the certificate's date")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The notice the family contacted the mediation adviser about, and the day they did.</summary>
    internal sealed record StartMediationRequest(Guid? NoticeId, DateOnly? AdviserContactedOn);

    /// <summary>Where a mediation stands now, against the version read.</summary>
    internal sealed record RecordMediationRequest(
        int? ExpectedVersion, MediationChoice? Choice, DateOnly? ChoiceMadeOn, DateOnly? HeldOn, MediationOutcome? Outcome, DateOnly? CertificateIssuedOn);
}
