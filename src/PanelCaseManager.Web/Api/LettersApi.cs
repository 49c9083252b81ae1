using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class LettersApi
{
    public static void MapLetters(this RouteGroupBuilder v1)
    {
        v1.MapPost("/decisions/{id:guid}/letter", IssueAsync)
            .WithName("IssueDecisionLetter")
            .WithTags("Letters")
            .RequireAuthorization(Policies.ManageCases)
            .WithSummary("Issue the decision letter of a signed-off decision; issuing again gives the same letter")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var letters = v1.MapGroup("/letters").WithTags("Letters").RequireAuthorization(Policies.ReadLetters);

        letters.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetIssuedLetter.Query(id), ct)))
            .WithName("GetIssuedLetter")
            .WithSummary("An issued decision letter: its decision, case, date, SHA-256, template version and the letter it replaces")
            .ProducesProblem(StatusCodes.Status404NotFound);

        letters.MapGet("/{id:guid}/pdf", async (Guid id, ISender sender, CancellationToken ct) => Pdf(await sender.Send(new GetIssuedLetterPdf.Query(id), ct)))
            .WithName("GetIssuedLetterPdf")
            .WithSummary("The issued letter's PDF, exactly as it was issued")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapGet("/placement-requests/{id:guid}/letters", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCaseLetters.Query(id), ct)))
            .WithName("ListCaseLetters")
            .WithTags("Letters")
            .RequireAuthorization(Policies.ReadLetters)
            .WithSummary("The decision letters issued on a case, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var family = v1.MapGroup("/family").WithTags("Family").RequireAuthorization(Policies.Family);

        family.MapGet("/cases/{id:guid}/letters", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCaseLetters.Query(id), ct)))
            .WithName("ListFamilyCaseLetters")
            .WithSummary("The decision letters we have sent you about one of your requests")
            .ProducesProblem(StatusCodes.Status404NotFound);

        family.MapGet("/letters/{id:guid}/pdf", async (Guid id, ISender sender, CancellationToken ct) => Pdf(await sender.Send(new GetIssuedLetterPdf.Query(id), ct)))
            .WithName("GetFamilyLetterPdf")
            .WithSummary("Download one of your decision letters")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The first issue creates the letter (201); issuing again answers with the same letter (200).</summary>
    private static async Task<Results<Created<IssueDecisionLetter.Result>, Ok<IssueDecisionLetter.Result>>> IssueAsync(Guid id, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new IssueDecisionLetter.Command(id), ct);
        return result.Created ? TypedResults.Created($"/api/v1/letters/{result.LetterId}", result) : TypedResults.Ok(result);
    }

    private static FileContentHttpResult Pdf(LetterFile file) => TypedResults.File(file.Pdf, "application/pdf", file.FileName);
}
