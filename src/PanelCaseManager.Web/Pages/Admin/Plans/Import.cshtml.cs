using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.Plans;

/// <summary>
/// An administrator loads the area's existing plans from a CSV file, all rows or none (docs/adr/0206,
/// <see cref="CsvImportPageModel"/>). Uploads share the per-user budget of the API's imports.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[EnableRateLimiting(RateLimits.Uploads)]
public sealed class ImportModel(ISender sender, IOptions<PlanRegisterOptions> options) : CsvImportPageModel
{
    public override int MaximumBytes => options.Value.MaximumImportBytes;

    public override int MaximumRows => options.Value.MaximumImportRows;

    public override IReadOnlyList<string> Columns => PlansCsv.Columns;

    protected override string What => "the plans";

    protected override async Task<(string Done, string Next)> ImportAsync(byte[] content, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ImportPlans.Command(content), cancellationToken);
        return ($"The plans are imported: {Count(result.PlansAdded, "plan")} added to the register, {Count(result.ChildrenKnown, "child", "children")} already known to the service.", Url.To("/Admin/Plans/Import"));
    }
}
