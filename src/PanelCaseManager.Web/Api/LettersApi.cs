using Mediator;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class LettersApi
{
    public static void MapLetters(this RouteGroupBuilder v1)
    {
        v1.MapPost("/decisions/{id:guid}/letter", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new IssueDecisionLetter.Command(id), ct);
                return result.Created
                    ? Results.Created($"/api/v1/letters/{result.LetterId}", result)
                    : Results.Ok(result);
            })
            .WithTags("Letters")
            .RequireAuthorization(Policies.ManageCases)
            .WithSummary("Issue the decision letter of a signed-off decision; issuing again gives the same letter")
            .Produces<IssueDecisionLetter.Result>(StatusCodes.Status201Created)
            .Produces<IssueDecisionLetter.Result>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var letters = v1.MapGroup("/letters").WithTags("Letters").RequireAuthorization(Policies.ReadLetters);

        letters.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetIssuedLetter.Query(id), ct)))
            .WithSummary("An issued decision letter: its decision, case, date, SHA-256, template version and the letter it replaces")
            .ProducesProblem(StatusCodes.Status404NotFound);

        letters.MapGet("/{id:guid}/pdf", async (Guid id, ISender sender, CancellationToken ct) => Pdf(await sender.Send(new GetIssuedLetterPdf.Query(id), ct)))
            .WithSummary("The issued letter's PDF, exactly as it was issued")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapGet("/placement-requests/{id:guid}/letters", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCaseLetters.Query(id), ct)))
            .WithTags("Letters")
            .RequireAuthorization(Policies.ReadLetters)
            .WithSummary("The decision letters issued on a case, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var family = v1.MapGroup("/family").WithTags("Family").RequireAuthorization(Policies.Family);

        family.MapGet("/cases/{id:guid}/letters", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCaseLetters.Query(id), ct)))
            .WithSummary("The decision letters we have sent you about one of your requests")
            .ProducesProblem(StatusCodes.Status404NotFound);

        family.MapGet("/letters/{id:guid}/pdf", async (Guid id, ISender sender, CancellationToken ct) => Pdf(await sender.Send(new GetIssuedLetterPdf.Query(id), ct)))
            .WithSummary("Download one of your decision letters")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Pdf(LetterFile file) => TypedResults.File(file.Pdf, "application/pdf", file.FileName);
}
