using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.Reports;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Web.Api;

/// <summary>Panel meetings, their agendas, attendance, views and decisions; decisions and what the panel saw; terms of reference and reports.</summary>
internal static class PanelsApi
{
    public static void MapPanels(this RouteGroupBuilder v1)
    {
        var panels = v1.MapGroup("/panels").WithTags("Panels");

        panels.MapPost("/", async ([FromBody] ScheduleMeeting.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/panels/{result.Id}", result);
            })
            .WithName("ScheduleMeeting")
            .WithSummary("Schedule a panel meeting with its chair and members")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        panels.MapGet("/", async (DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPanelMeetings.Query(from, to), ct)))
            .WithName("ListPanelMeetings")
            .WithSummary("Panel meetings between two dates")
            .ProducesValidationProblem();

        panels.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPanelMeeting.Query(id), ct)))
            .WithName("GetPanelMeeting")
            .WithSummary("A panel meeting: members, agenda, papers, attendance, quorum, conflicts, views and decisions")
            .ProducesProblem(StatusCodes.Status404NotFound);

        panels.MapPost("/{id:guid}/agenda", async (Guid id, [FromBody] AddToAgenda.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PanelId = id }, ct)))
            .WithName("AddToAgenda")
            .WithSummary("Put a case that is ready for panel on the agenda")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        panels.MapPost("/{id:guid}/freeze-papers", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new FreezePapers.Command(id), ct)))
            .WithName("FreezePapers")
            .WithSummary("Freeze the papers of every case on the agenda, once the evidence cut-off has passed")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        panels.MapPost("/{id:guid}/attendance", async (Guid id, [FromBody] RecordAttendance.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PanelId = id }, ct)))
            .WithName("RecordAttendance")
            .WithSummary("The chair records who is present, and sees the quorum for each case")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var cases = panels.MapGroup("/{id:guid}/cases/{caseId:guid}");

        cases.MapPost("/conflicts", async (Guid id, Guid caseId, [FromBody] DeclareConflict.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PanelId = id, PlacementRequestId = caseId }, ct)))
            .WithName("DeclareConflict")
            .WithSummary("Declare a conflict of interest in a case")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/views", async (Guid id, Guid caseId, [FromBody] RecordAgencyView.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PanelId = id, PlacementRequestId = caseId }, ct)))
            .WithName("RecordAgencyView")
            .WithSummary("Record your agency's view on a case")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/pack", async (Guid id, Guid caseId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCasePack.Query(id, caseId), ct)))
            .WithName("GetCasePack")
            .WithSummary("The case's papers for this meeting: frozen with its hash after the cut-off, a preview before")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/preference-duties", async (Guid id, Guid caseId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPreferenceDuties.Query(id, caseId), ct)))
            .WithName("GetPreferenceDuties")
            .WithSummary("Each preference for a named setting with the duty its status in the catalogue decides (s.39 or s.9); no status for a setting the catalogue does not hold")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/pack/documents/{evidenceId:guid}", async (Guid id, Guid caseId, Guid evidenceId, ISender sender, CancellationToken ct) =>
            {
                var content = await sender.Send(new GetCasePackDocument.Query(id, caseId, evidenceId), ct);
                return Results.File(content.Stream, content.MediaType, content.FileName, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{content.ContentSha256}\""));
            })
            .WithName("GetCasePackDocument")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf", additionalContentTypes:
                ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg"])
            .WithSummary("Download a document of the case's papers for this meeting, as the papers hold it (the frozen bytes after the cut-off)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/decision", RecordDecisionAsync)
            .WithName("RecordDecision")
            .WithSummary("Record the panel's decision on a case, as a draft for the chair (again to revise it)")
            .WithDescription("Each family preference of a named setting is tested as its setting's status decides (GET .../preference-duties): for a setting covered by "
                             + "s.39 each of the three grounds, in the order considered (suitability before resources), with reasons and evidence; for an independent "
                             + "setting not approved under s.41 the s.9 test. Give settingStatus only for a setting the catalogue does not hold. Money in whole pence. "
                             + "A decline on a new plan either sets refusesToIssuePlan or names a setting or type; a change of placement says decidedAtReview. "
                             + "To correct a signed-off decision, give supersedesDecisionId and supersedeReason.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/decision/sign-off", async (Guid id, Guid caseId, [FromBody] SignOffDecisionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SignOffDecision.Command(id, caseId, body.ExpectedVersion), ct)))
            .WithName("SignOffDecision")
            .WithSummary("The meeting's chair signs off the draft decision, making it final")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var decisions = v1.MapGroup("/decisions").WithTags("Panels");

        decisions.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDecision.Query(id), ct)))
            .WithName("GetDecision")
            .WithSummary("A decision as recorded, with its reasons, tests, views and integrity check")
            .ProducesProblem(StatusCodes.Status404NotFound);

        decisions.MapGet("/{id:guid}/panel-pack", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDecisionPanelPack.Query(id), ct)))
            .WithName("GetDecisionPanelPack")
            .WithSummary("What the panel saw: the frozen pack the decision was made on, its hash checked, and any late additions")
            .ProducesProblem(StatusCodes.Status404NotFound);

        decisions.MapGet("/{id:guid}/letter/preview", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new PreviewDecisionLetter.Query(id), ct);
                return TypedResults.File(file.Pdf, "application/pdf", file.FileName);
            })
            .WithName("PreviewDecisionLetter")
            .WithSummary("The decision letter for a signed-off decision, marked DRAFT")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        v1.MapPost("/terms-of-reference", async ([FromBody] AdoptTermsOfReference.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/reports/terms-of-reference?on={result.EffectiveFrom:yyyy-MM-dd}", result);
            })
            .WithName("AdoptTermsOfReference")
            .WithTags("Panels")
            .WithSummary("Adopt a new version of the panel's terms of reference")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var reports = v1.MapGroup("/reports").WithTags("Reports");

        reports.MapGet("/terms-of-reference", async (DateOnly? on, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new TermsOfReferenceInForce.Query(on), ct)))
            .WithName("GetTermsOfReferenceInForce")
            .RequireAuthorization(Policies.ReadReports)
            .WithSummary("The terms of reference and quorum in force on a date")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/decisions", async (DateOnly? from, DateOnly? to, DecisionOutcome? outcome, DecisionsReport.GroundRelied? ground, string? sector, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DecisionsReport.Query(from, to, outcome, ground, sector), ct)))
            .WithName("GetDecisionsReport")
            .RequireAuthorization(Policies.ReadReports)
            .WithSummary("Decisions that stand, by outcome, ground relied on, sector placed in and month")
            .ProducesValidationProblem();
    }

    /// <summary>A first decision is created (201); recording it again revises the draft (200).</summary>
    private static async Task<Results<Created<RecordDecision.Result>, Ok<RecordDecision.Result>>> RecordDecisionAsync(
        Guid id,
        Guid caseId,
        [FromBody] RecordDecision.Command command,
        [FromHeader(Name = "Idempotency-Key")] string? key,
        ISender sender,
        CancellationToken ct)
    {
        var result = await sender.Send(command with { PanelId = id, PlacementRequestId = caseId, IdempotencyKey = key }, ct);
        return result.Revised ? TypedResults.Ok(result) : TypedResults.Created($"/api/v1/decisions/{result.DecisionId}", result);
    }

    /// <summary>The version of the draft being signed off: the chair signs off what they read.</summary>
    internal sealed record SignOffDecisionRequest(int? ExpectedVersion);
}
