using Mediator;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;

namespace PanelCaseManager.Web.Api;

/// <summary>Disagreements with a case's notices that carry the right of appeal: mediation and tribunal appeals, under /placement-requests/{id}.</summary>
internal static class AppealsApi
{
    public static void MapAppeals(this RouteGroupBuilder v1)
    {
        var cases = v1.MapGroup("/placement-requests/{id:guid}").WithTags("Mediation and appeals");

        cases.MapGet("/disagreements", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDisagreements.Query(id), ct)))
            .WithName("GetDisagreements")
            .WithSummary("The case's notices that carry the right of appeal, the mediation about each, the mediation deadlines and the last day to appeal")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/mediations", async (Guid id, [FromBody] StartMediationRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new StartMediation.Command(id, body.NoticeId ?? Guid.Empty, body.AdviserContactedOn) { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/disagreements", result);
            })
            .WithName("StartMediation")
            .WithSummary("Record that the family contacted the mediation adviser about a notice that carries the right of appeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/mediations/{mediationId:guid}", async (Guid id, Guid mediationId, [FromBody] RecordMediationRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new RecordMediation.Command(id, mediationId, body.ExpectedVersion, body.Choice, body.ChoiceMadeOn, body.HeldOn, body.Outcome, body.CertificateIssuedOn), ct)))
            .WithName("RecordMediation")
            .WithSummary("Record whether the family chose mediation, the day it was held and how it ended, and the certificate's date")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        MapTribunalAppeals(cases);
    }

    private static void MapTribunalAppeals(RouteGroupBuilder cases)
    {
        cases.MapPost("/appeals", async (Guid id, [FromBody] RegisterAppealRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new RegisterAppeal.Command(id, body.NoticeId ?? Guid.Empty, body.Subject, body.RegisteredOn, body.ResponseDueOn, body.EvidenceDueOn,
                    body.HearingOn) { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/disagreements", result);
            })
            .WithName("RegisterAppeal")
            .WithSummary("Record a tribunal appeal against a notice that carries the right of appeal: what it is about and the dates the tribunal set")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/appeals/{appealId:guid}", async (Guid id, Guid appealId, [FromBody] RecordAppealRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new RecordAppeal.Command(id, appealId, body.ExpectedVersion, body.ResponseDueOn, body.EvidenceDueOn, body.HearingOn, body.Position, body.PositionOn,
                        body.Outcome, body.DecidedOn), ct)))
            .WithName("RecordAppeal")
            .WithSummary("Record the tribunal's dates, the council's position or the family's withdrawal, and the tribunal's decision")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/appeals/{appealId:guid}/orders", async (Guid id, Guid appealId, [FromBody] AddTribunalOrderRequest body, [FromHeader(Name = "Idempotency-Key")] string? key,
                ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new AddTribunalOrder.Command(id, appealId, body.ExpectedVersion, body.Kind, body.MadeOn) { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/disagreements", result);
            })
            .WithName("AddTribunalOrder")
            .WithSummary("Record a tribunal's order on an appeal: it becomes a deadline on the case's statutory clock (SEND Regulations 2014 reg 44, 45)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/appeals/{appealId:guid}/orders/{orderId:guid}/met", async (Guid id, Guid appealId, Guid orderId, [FromBody] RecordOrderMetRequest body, ISender sender,
                CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordOrderMet.Command(id, appealId, orderId, body.ExpectedVersion, body.MetOn, body.MetByNoticeId), ct)))
            .WithName("RecordOrderMet")
            .WithSummary("Record the day a tribunal's order was carried out, with the notice that did it when there is one")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The notice appealed against, what the appeal is about, and the dates the tribunal set.</summary>
    internal sealed record RegisterAppealRequest(
        Guid? NoticeId, AppealSubject? Subject, DateOnly? RegisteredOn, DateOnly? ResponseDueOn, DateOnly? EvidenceDueOn, DateOnly? HearingOn);

    /// <summary>Where an appeal stands now, against the version read.</summary>
    internal sealed record RecordAppealRequest(
        int? ExpectedVersion, DateOnly? ResponseDueOn, DateOnly? EvidenceDueOn, DateOnly? HearingOn, AppealPosition? Position, DateOnly? PositionOn,
        TribunalOutcome? Outcome, DateOnly? DecidedOn);

    /// <summary>What the tribunal ordered and the date of the order, against the appeal's version.</summary>
    internal sealed record AddTribunalOrderRequest(int? ExpectedVersion, TribunalOrderKind? Kind, DateOnly? MadeOn);

    /// <summary>The day the order was carried out and the notice that did it, if any, against the appeal's version.</summary>
    internal sealed record RecordOrderMetRequest(int? ExpectedVersion, DateOnly? MetOn, Guid? MetByNoticeId);

    /// <summary>The notice the family contacted the mediation adviser about, and the day they did.</summary>
    internal sealed record StartMediationRequest(Guid? NoticeId, DateOnly? AdviserContactedOn);

    /// <summary>Where a mediation stands now, against the version read.</summary>
    internal sealed record RecordMediationRequest(
        int? ExpectedVersion, MediationChoice? Choice, DateOnly? ChoiceMadeOn, DateOnly? HeldOn, MediationOutcome? Outcome, DateOnly? CertificateIssuedOn);
}
