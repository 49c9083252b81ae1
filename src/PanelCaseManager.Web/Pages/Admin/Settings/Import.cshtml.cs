using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>
/// An administrator loads the catalogue from a CSV file, all rows or none (<see cref="CsvImportPageModel"/>).
/// Uploads share the per-user budget of the API's imports.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class ImportModel(ISender sender, IOptions<CatalogueOptions> options) : CsvImportPageModel
{
    public override int MaximumBytes => options.Value.MaximumImportBytes;

    public override int MaximumRows => options.Value.MaximumImportRows;

    public override IReadOnlyList<string> Columns => SettingsCsv.Columns;

    protected override string What => "the catalogue";

    protected override async Task<(string Done, string Next)> ImportAsync(byte[] content, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ImportSettings.Command(content), cancellationToken);
        return ($"{Upload!.FileName} is imported: {Count(result.Rows, "row")}, {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged.", Url.To("/Admin/Settings/Index"));
    }
}
