using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Timeliness;

/// <summary>
/// The appeals report for a team manager or an auditor (docs/adr/0128): for a period and a team, the appeal rate beside
/// the area's baseline, how appeals ended, the tribunal's orders met on time, and what appeals concern, as GOV.UK
/// tables, and the report as CSV. Without a period chosen it covers the twelve months to today; access as the
/// timeliness page's.
/// </summary>
[Authorize(Policy = Policies.ViewTimeliness)]
public sealed class AppealsModel(ISender sender, TimeProvider clock) : PageModel
{
    public const string AllTeams = "all";

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateParts To { get; set; } = new();

    /// <summary>A team's name, or "all"; a manager's own team when not chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public GetAppealsReport.Report? Report { get; private set; }

    public IReadOnlyList<Choice> TeamChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Report = await ReportAsync(cancellationToken);

    /// <summary>The same report as CSV, one row per figure; or the page with what is wrong with the period.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Report = await ReportAsync(cancellationToken);
        if (Report is null)
        {
            return Page();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"appeals-{Report.From:yyyy-MM-dd}-to-{Report.To:yyyy-MM-dd}.csv");
        return File(Encoding.UTF8.GetBytes(GetAppealsReport.ToCsv(Report)), "text/csv", name);
    }

    /// <summary>This page's address for the report shown, with a handler ("csv") when given.</summary>
    public string LinkFor(string? handler)
    {
        var query = new List<string>();
        if (handler is not null)
        {
            query.Add($"handler={handler}");
        }

        if (Report is { } r)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"from.day={r.From.Day}&from.month={r.From.Month}&from.year={r.From.Year}"));
            query.Add(string.Create(CultureInfo.InvariantCulture, $"to.day={r.To.Day}&to.month={r.To.Month}&to.year={r.To.Year}"));
            query.Add($"team={Uri.EscapeDataString(r.Team ?? AllTeams)}");
        }

        return "/appeals-report" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    public string TeamName => Report?.Team is { } team ? $"the {team} team" : "every team";

    private async Task<GetAppealsReport.Report?> ReportAsync(CancellationToken cancellationToken)
    {
        var officers = await sender.Send(new ListCaseOfficers.Query(), cancellationToken);
        var teams = officers.Select(o => o.Team).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        TeamChoices = [new(AllTeams, "Every team"), .. teams.Select(t => new Choice(t, t))];

        if (string.IsNullOrWhiteSpace(Team))
        {
            Team = Navigation.RoleOf(User) is Role.TeamManager && (await sender.Send(new WhoAmI.Query(), cancellationToken)).Team is { } own ? own : AllTeams;
        }
        else if (Team != AllTeams)
        {
            var known = teams.FirstOrDefault(t => string.Equals(t, Team.Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                ModelState.AddModelError("team", "Choose a team from the list.");
            }
            else
            {
                Team = known;
            }
        }

        var today = UkCalendar.Today(clock);
        if (From.IsEmpty && To.IsEmpty)
        {
            From = DateParts.From(today.AddYears(-1).AddDays(1));
            To = DateParts.From(today);
        }

        var from = DateOf(From, "from", "the first day of the period");
        var to = DateOf(To, "to", "the last day of the period");
        if (!ModelState.IsValid)
        {
            return null;
        }

        try
        {
            return await sender.Send(new GetAppealsReport.Query(from, to, Team == AllTeams ? null : Team), cancellationToken);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation);
            return null;
        }
    }

    private DateOnly? DateOf(DateParts parts, string field, string what)
    {
        if (parts.IsEmpty)
        {
            ModelState.AddModelError(field, $"Enter {what}, like 1 4 2026.");
            return null;
        }

        if (parts.TryGetDate(out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, $"Enter {what} as a real date, like 1 4 2026.");
        return null;
    }
}
