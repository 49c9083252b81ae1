using System.Net.Mime;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Web.Api;

/// <summary>The plan register (import and list) and the phase transfer cohort of a September (docs/adr/0206).</summary>
internal static class PlansApi
{
    private const string CsvContentType = "text/csv";

    public static void MapPlans(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/plans").WithTags("Plan register");

        group.MapGet("/", async ([AsParameters] ListQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPlans.Query(query.Search, query.ReviewDueBy, query.Page, query.PageSize), ct)))
            .WithName("ListPlans")
            .RequireAuthorization(Policies.ManageCases)
            .WithSummary("List the plans your team holds, with each next annual review's due date, soonest first")
            .WithDescription("The review is due within 12 months (configuration StatutoryClock:AnnualReviewMonths) starting with the plan's date or its last review (CFA 2014 s.44(1)).")
            .ProducesValidationProblem();

        group.MapPost("/import", ImportAsync)
            .WithName("ImportPlans")
            .RequireAuthorization(Policies.Administer)
            .RequireRateLimiting(Security.RateLimits.Uploads)
            .WithSummary("Load the area's existing plans from a CSV file: all rows or none")
            .WithDescription(
                $"Send the file as the body with Content-Type text/csv. Columns (any order): {string.Join(",", PlansCsv.Columns)}; upn and last_review_date may be empty. "
                + "A file with any bad row imports nothing, and the 400 response names each bad row and column as rows[N].column, N being the row number a spreadsheet shows (the header is row 1).")
            .Accepts<string>(CsvContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        v1.MapGet("/phase-transfers/{september:int}", async (int september, [AsParameters] CohortQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPhaseTransferCohort.Query(september, query.Team, query.Phase, query.Sector, query.SettingId, query.Standing), ct)))
            .WithName("GetPhaseTransferCohort")
            .WithTags("Plan register")
            .RequireAuthorization(Policies.ManageCases)
            .WithSummary("The phase transfer cohort of a September: each child moving, where the transfer stands and the days to its statutory date")
            .WithDescription("Plans are amended naming the next setting by 15 February of the year of the move, 31 March for school to post-16 (SEND Regulations 2014 reg 18; configuration StatutoryClock). "
                             + "A team other than your own is not found.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ImportPlans.Result>, ProblemHttpResult>> ImportAsync(HttpRequest request, ISender sender, IOptions<PlanRegisterOptions> options, CancellationToken ct)
    {
        var mediaType = request.ContentType is { } contentType && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : null;
        if (mediaType is not (CsvContentType or MediaTypeNames.Text.Plain or MediaTypeNames.Application.Octet))
        {
            return TypedResults.Problem(
                title: "Send the file as text/csv.",
                detail: "Post the CSV file itself as the request body, with Content-Type: text/csv.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                extensions: new Dictionary<string, object?> { ["code"] = "unsupported-media-type" });
        }

        var limit = options.Value.MaximumImportBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw RequestValidationException.For("file", $"The file is larger than {limit / 1024 / 1024} MB; split it into smaller files.");
            }

            buffer.Write(chunk, 0, read);
        }

        return TypedResults.Ok(await sender.Send(new ImportPlans.Command(buffer.ToArray()), ct));
    }

    internal sealed record ListQuery(string? Search, DateOnly? ReviewDueBy, int? Page, int? PageSize);

    internal sealed record CohortQuery(string? Team, TransferPhase? Phase, string? Sector, Guid? SettingId, TransferStanding? Standing);
}
