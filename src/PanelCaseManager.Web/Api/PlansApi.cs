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
    private const string CsvContentType = CsvUploads.ContentType;

    public static void MapPlans(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/plans").WithTags("Plan register");

        group.MapGet("/", async ([AsParameters] ListQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPlans.Query(query.Search, query.ReviewDueBy, query.Page, query.PageSize), ct)))
            .WithName("ListPlans")
            .WithSummary("List the plans your team holds, with each next annual review's due date, soonest first")
            .WithDescription("The review is due within 12 months (configuration StatutoryClock:AnnualReviewMonths) starting with the plan's date or its last review (CFA 2014 s.44(1)).")
            .ProducesValidationProblem();

        group.MapPost("/import", ImportAsync)
            .WithName("ImportPlans")
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
            .WithSummary("The phase transfer cohort of a September: each child moving, where the transfer stands and the days to its statutory date")
            .WithDescription("Plans are amended naming the next setting by 15 February of the year of the move, 31 March for school to post-16 (SEND Regulations 2014 reg 18; configuration StatutoryClock). "
                             + "A team other than your own is not found.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ImportPlans.Result>, ProblemHttpResult>> ImportAsync(HttpRequest request, ISender sender, IOptions<PlanRegisterOptions> options, CancellationToken ct)
    {
        if (CsvUploads.Unsupported(request) is { } unsupported)
        {
            return unsupported;
        }

        var content = await CsvUploads.ReadAsync(request, options.Value.MaximumImportBytes, ct);
        return TypedResults.Ok(await sender.Send(new ImportPlans.Command(content), ct));
    }

    internal sealed record ListQuery(string? Search, DateOnly? ReviewDueBy, int? Page, int? PageSize);

    internal sealed record CohortQuery(string? Team, TransferPhase? Phase, string? Sector, Guid? SettingId, TransferStanding? Standing);
}
