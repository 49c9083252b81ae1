using Mediator;
using Microsoft.AspNetCore.Authorization;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Timeliness;

/// <summary>
/// The appeals report for a team manager or an auditor (docs/adr/0128): for a period and a team, the appeal rate beside
/// the area's baseline, how appeals ended, the tribunal's orders met on time, and what appeals concern, as GOV.UK
/// tables, and the report as CSV, one row per figure; access as the timeliness page's
/// (<see cref="TeamReportPageModel{TReport}"/>).
/// </summary>
[Authorize(Policy = Policies.ViewTimeliness)]
public sealed class AppealsModel(ISender sender, TimeProvider clock) : TeamReportPageModel<GetAppealsReport.Report>(sender, clock)
{
    protected override string PageName => "/Timeliness/Appeals";

    protected override string FilePrefix => "appeals";

    protected override (DateOnly From, DateOnly To, string? Team) PeriodOf(GetAppealsReport.Report report) => (report.From, report.To, report.Team);

    protected override async Task<GetAppealsReport.Report> SendAsync(ISender sender, DateOnly? first, DateOnly? last, string? team, CancellationToken cancellationToken) =>
        await sender.Send(new GetAppealsReport.Query(first, last, team), cancellationToken);

    protected override string ToCsv(GetAppealsReport.Report report) => GetAppealsReport.ToCsv(report);
}
