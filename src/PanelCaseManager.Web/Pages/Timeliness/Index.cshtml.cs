using Mediator;
using Microsoft.AspNetCore.Authorization;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Timeliness;

/// <summary>
/// Timeliness at a glance for a team manager or an auditor: the measures of the timeliness report for a period and a
/// team — deadlines met within the statutory limit with and without exceptions, the time they took, the children
/// waiting and the placements out of area — as charts drawn on the server with the same figures in a table beside
/// each, and the report as CSV, one row per measure (<see cref="TeamReportPageModel{TReport}"/>).
/// </summary>
[Authorize(Policy = Policies.ViewTimeliness)]
public sealed class IndexModel(ISender sender, TimeProvider clock) : TeamReportPageModel<GetTimeliness.Report>(sender, clock)
{
    protected override string PageName => "/Timeliness/Index";

    protected override string FilePrefix => "timeliness";

    protected override (DateOnly From, DateOnly To, string? Team) PeriodOf(GetTimeliness.Report report) => (report.From, report.To, report.Team);

    protected override async Task<GetTimeliness.Report> SendAsync(ISender sender, DateOnly? first, DateOnly? last, string? team, CancellationToken cancellationToken) =>
        await sender.Send(new GetTimeliness.Query(first, last, team), cancellationToken);

    protected override string ToCsv(GetTimeliness.Report report) => GetTimeliness.ToCsv(report);
}
