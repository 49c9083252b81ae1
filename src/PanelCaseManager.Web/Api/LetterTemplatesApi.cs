using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Web.Api;

/// <summary>Administrators read, change (as new versions) and preview the wording of decision letters.</summary>
internal static class LetterTemplatesApi
{
    public static void MapLetterTemplates(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/letter-templates").WithTags("Letter templates").RequireAuthorization(Policies.Administer);

        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListLetterTemplates.Query(), ct)))
            .WithName("ListLetterTemplates")
            .WithSummary("The current wording of each outcome's decision letter");

        group.MapGet("/{outcome}", async (string outcome, int? version, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetLetterTemplate.Query(ParseOutcome(outcome), version), ct)))
            .WithName("GetLetterTemplate")
            .WithSummary("One version of an outcome's letter wording (the current one unless ?version= is given), with its history")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{outcome}", SaveAsync)
            .WithName("SaveLetterTemplate")
            .WithSummary("Save new wording as the next version")
            .WithDescription("Give basedOnVersion, the version you started from. Wording with an unknown placeholder or broken syntax is refused naming the line. Send an Idempotency-Key header to make retries safe.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{outcome}/preview", async (string outcome, [FromBody] PreviewLetterTemplateRequest? body, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new PreviewLetterTemplate.Query(ParseOutcome(outcome), body?.Body, body?.Version), ct);
                return TypedResults.File(file.Pdf, "application/pdf", file.FileName);
            })
            .WithName("PreviewLetterTemplate")
            .WithSummary("A DRAFT letter about a fictional child from the wording sent (before saving it), a saved version, or the current one")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<SaveLetterTemplate.Result>> SaveAsync(
        string outcome,
        [FromBody] SaveLetterTemplateRequest body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ISender sender,
        CancellationToken ct)
    {
        var result = await sender.Send(new SaveLetterTemplate.Command(ParseOutcome(outcome), body.Body, body.Note, body.BasedOnVersion) { IdempotencyKey = idempotencyKey }, ct);
        return TypedResults.Created($"/api/v1/letter-templates/{RouteName(result.Outcome)}?version={result.Version}", result);
    }

    /// <summary>Routes name outcomes in kebab case ("name-another-setting"); the enum's own name is accepted too.</summary>
    internal static LetterOutcome ParseOutcome(string route) =>
        Enum.TryParse<LetterOutcome>(route.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var outcome) && Enum.IsDefined(outcome)
            ? outcome
            : throw RequestValidationException.For(
                "outcome",
                $"'{route}' is not an outcome letters are written for. Use one of {string.Join(", ", Enum.GetValues<LetterOutcome>().Select(RouteName))}.");

    internal static string RouteName(LetterOutcome outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    internal sealed record SaveLetterTemplateRequest(string? Body, string? Note, int? BasedOnVersion);

    internal sealed record PreviewLetterTemplateRequest(string? Body, int? Version);
}
