using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Web.Api;

internal static class LettersApi
{
    public static void MapLetters(this RouteGroupBuilder v1)
    {
        v1.MapPost("/decisions/{id:guid}/letter", IssueAsync)
            .WithName("IssueDecisionLetter")
            .WithTags("Letters")
            .WithSummary("Issue the decision letter of a signed-off decision; issuing again gives the same letter")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var notices = v1.MapGroup("/placement-requests/{id:guid}/notices").WithTags("Letters").RequireAuthorization(Policies.ManageCases);

        notices.MapGet("/choices", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetNoticeChoices.Query(id), ct)))
            .WithName("GetNoticeChoices")
            .WithSummary("The notices with the right of appeal that could be sent on the case now, each with why not, and what it would say by default")
            .ProducesProblem(StatusCodes.Status404NotFound);

        notices.MapPost("/", async (Guid id, [FromBody] NoticeRequest body, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new IssueAppealableNotice.Command(id, body.Notice, body.NamedInPlan, body.Reasons) { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/letters/{result.LetterId}", result);
            })
            .WithName("IssueAppealableNotice")
            .WithSummary("Record a decision the family can appeal and send its notice, once per case: the last day to appeal runs from it")
            .WithDescription("notice is one of FinalPlanNotice, FinalAmendedPlanNotice, RefusalToAssessNotice, RefusalToIssueNotice, RefusalToReassessNotice, "
                             + "RefusalToAmendNotice, CessationNotice. namedInPlan (plan notices) defaults to what the panel's signed-off decision names; reasons "
                             + "(refusals) default to those of the panel's decision the notice follows, if any. Send an Idempotency-Key header to make retries safe.")
            .Produces<IssueAppealableNotice.Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        notices.MapPost("/preview", async (Guid id, [FromBody] NoticeRequest body, ISender sender, CancellationToken ct) =>
                Pdf((await sender.Send(new PreviewAppealableNotice.Query(id, body.Notice, body.NamedInPlan, body.Reasons), ct)).File))
            .WithName("PreviewAppealableNotice")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .WithSummary("The notice as it would be sent today, marked DRAFT; refused as sending would be")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var letters = v1.MapGroup("/letters").WithTags("Letters").RequireAuthorization(Policies.ReadLetters);

        letters.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetIssuedLetter.Query(id), ct)))
            .WithName("GetIssuedLetter")
            .WithSummary("An issued letter or notice: its decision, case, date, last day to appeal (notices), SHA-256, template version and the letter it replaces")
            .ProducesProblem(StatusCodes.Status404NotFound);

        letters.MapGet("/{id:guid}/pdf", async (Guid id, ISender sender, CancellationToken ct) => Pdf(await sender.Send(new GetIssuedLetterPdf.Query(id), ct)))
            .WithName("GetIssuedLetterPdf")
            .WithSummary("The issued letter's PDF, exactly as it was issued")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapGet("/placement-requests/{id:guid}/letters", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCaseLetters.Query(id), ct)))
            .WithName("ListCaseLetters")
            .WithTags("Letters")
            .WithSummary("The decision letters and notices issued on a case, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var family = v1.MapGroup("/family").WithTags("Family").RequireAuthorization(Policies.Family);

        family.MapGet("/cases/{id:guid}/letters", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCaseLetters.Query(id), ct)))
            .WithName("ListFamilyCaseLetters")
            .WithSummary("The letters and notices we have sent you about one of your requests")
            .ProducesProblem(StatusCodes.Status404NotFound);

        family.MapGet("/letters/{id:guid}/pdf", async (Guid id, ISender sender, CancellationToken ct) => Pdf(await sender.Send(new GetIssuedLetterPdf.Query(id), ct)))
            .WithName("GetFamilyLetterPdf")
            .WithSummary("Download one of your letters or notices")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record NoticeRequest(LetterOutcome? Notice, string? NamedInPlan, string? Reasons);

    /// <summary>The first issue creates the letter (201); issuing again answers with the same letter (200).</summary>
    private static async Task<Results<Created<IssueDecisionLetter.Result>, Ok<IssueDecisionLetter.Result>>> IssueAsync(Guid id, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new IssueDecisionLetter.Command(id), ct);
        return result.Created ? TypedResults.Created($"/api/v1/letters/{result.LetterId}", result) : TypedResults.Ok(result);
    }

    private static FileContentHttpResult Pdf(LetterFile file) => TypedResults.File(file.Pdf, "application/pdf", file.FileName);
}
