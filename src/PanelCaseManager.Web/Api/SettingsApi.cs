using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Web.Api;

internal static class SettingsApi
{
    private const string CsvContentType = CsvUploads.ContentType;

    public static void MapSettings(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/settings").WithTags("Settings catalogue");

        group.MapGet("/", async ([AsParameters] ListQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSettings.Query(query.Sector, query.Kind, query.Text, query.InAuthorityArea, query.Page, query.PageSize), ct)))
            .WithName("ListSettings")
            .WithSummary("List the settings catalogue, filtered and a page at a time")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSetting.Query(id), ct)))
            .WithName("GetSetting")
            .WithSummary("Read one setting")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async ([FromBody] AddSetting.Command command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { IdempotencyKey = idempotencyKey }, ct);
                return TypedResults.Created($"/api/v1/settings/{result.Id}", result);
            })
            .WithName("AddSetting")
            .WithSummary("Add a setting to the catalogue")
            .WithDescription("annualCost is the yearly cost of a place in pounds, to the penny. sector is a sector code from /api/v1/sector-profiles.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPut("/{id:guid}", async (Guid id, [FromBody] ChangeSettingRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(ChangeSetting.Command.Of(id, body.ExpectedVersion, body), ct)))
            .WithName("ChangeSetting")
            .WithSummary("Change a setting: send all its fields and the version you read")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/export", async (ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportSettings.Query(), ct);
                return TypedResults.File(file.Content, $"{CsvContentType}; charset=utf-8", file.FileName);
            })
            .WithName("ExportSettings")
            .WithSummary("Download the catalogue as a CSV file that imports back unchanged")
            .WithDescription($"UTF-8 with a byte order mark; columns {string.Join(",", SettingsCsv.Columns)}. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.")
            .Produces(StatusCodes.Status200OK, contentType: CsvContentType);

        group.MapPost("/import", ImportAsync)
            .WithName("ImportSettings")
            .RequireRateLimiting(Security.RateLimits.Uploads)
            .WithSummary("Load settings from a CSV file: all rows or none")
            .WithDescription(
                $"Send the file as the body with Content-Type text/csv. Columns (any order): {string.Join(",", SettingsCsv.Columns)}. "
                + "A row whose URN is in the catalogue updates that setting; other rows add settings. A file with any bad row imports nothing, "
                + "and the 400 response names each bad row and column as rows[N].column, N being the row number a spreadsheet shows (the header is row 1).")
            .Accepts<string>(CsvContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<Results<Ok<ImportSettings.Result>, ProblemHttpResult>> ImportAsync(HttpRequest request, ISender sender, IOptions<CatalogueOptions> options, CancellationToken ct)
    {
        if (CsvUploads.Unsupported(request) is { } unsupported)
        {
            return unsupported;
        }

        var content = await CsvUploads.ReadAsync(request, options.Value.MaximumImportBytes, ct);
        return TypedResults.Ok(await sender.Send(new ImportSettings.Command(content), ct));
    }

    internal sealed record ListQuery(string? Sector, string? Kind, string? Text, bool? InAuthorityArea, int? Page, int? PageSize);

    /// <summary>Every field of the setting, and the version that was read.</summary>
    internal sealed record ChangeSettingRequest(
        int? ExpectedVersion,
        string? Urn,
        string? Name,
        SettingPhase? Phase,
        int? LowestAge,
        int? HighestAge,
        ProvisionKind? Kind,
        string? Sector,
        SettingStatus? Status,
        bool? InAuthorityArea,
        string? Postcode,
        double? Latitude,
        double? Longitude,
        int? CommissionedPlaces,
        int? PlacesFilled,
        decimal? AnnualCost) : ISettingFields;
}
