using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Timeliness;

/// <summary>
/// A manager's or auditor's report for a period and a team (timeliness, appeals): the period in the GOV.UK three-field
/// style (the twelve months to today when none is chosen), the team (a manager's own when none is chosen, "all" for
/// every team), the report itself and the same as CSV. Each page says only which report it sends, where it lives and
/// how its CSV is written.
/// </summary>
public abstract class TeamReportPageModel<TReport>(ISender sender, TimeProvider clock) : PageModel
    where TReport : class
{
    public const string AllTeams = "all";

    [BindProperty(SupportsGet = true, Name = "from")]
    [DateInput("The first day of the period", Example = "1 4 2026")]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "to")]
    [DateInput("The last day of the period", Example = "1 4 2026")]
    public DateParts To { get; set; } = new();

    /// <summary>A team's name, or "all"; a manager's own team when not chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public TReport? Report { get; private set; }

    public IReadOnlyList<Choice> TeamChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Report = await ReportAsync(cancellationToken);

    /// <summary>This page's name, which routing makes its address: "/Timeliness/Index".</summary>
    protected abstract string PageName { get; }

    /// <summary>How the CSV file's name starts: "timeliness".</summary>
    protected abstract string FilePrefix { get; }

    /// <summary>The report's period and team, as it was made.</summary>
    protected abstract (DateOnly From, DateOnly To, string? Team) PeriodOf(TReport report);

    /// <summary>Sends the report's query for the period from its first to its last day and a team (null for every team).</summary>
    protected abstract Task<TReport> SendAsync(ISender sender, DateOnly? first, DateOnly? last, string? team, CancellationToken cancellationToken);

    /// <summary>The report as CSV.</summary>
    protected abstract string ToCsv(TReport report);

    /// <summary>The same report as CSV; or the page with what is wrong with the period.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Report = await ReportAsync(cancellationToken);
        if (Report is null)
        {
            return Page();
        }

        var (from, to, _) = PeriodOf(Report);
        var name = string.Create(CultureInfo.InvariantCulture, $"{FilePrefix}-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.csv");
        return File(Encoding.UTF8.GetBytes(ToCsv(Report)), "text/csv", name);
    }

    /// <summary>This page's address for the report shown, with a handler ("csv") when given.</summary>
    public string LinkFor(string? handler)
    {
        var query = new List<KeyValuePair<string, string?>> { KeyValuePair.Create("handler", handler) };
        if (Report is { } report)
        {
            var (from, to, team) = PeriodOf(report);
            query.AddRange(Date("from", from));
            query.AddRange(Date("to", to));
            query.Add(KeyValuePair.Create("team", (string?)(team ?? AllTeams)));
        }

        return Url.To(PageName, query);

        static IEnumerable<KeyValuePair<string, string?>> Date(string name, DateOnly date) =>
        [
            KeyValuePair.Create($"{name}.day", (string?)date.Day.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create($"{name}.month", (string?)date.Month.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create($"{name}.year", (string?)date.Year.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    public string TeamName => Report is { } report && PeriodOf(report).Team is { } team ? $"the {team} team" : "every team";

    private async Task<TReport?> ReportAsync(CancellationToken cancellationToken)
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
            return await SendAsync(sender, from, to, Team == AllTeams ? null : Team, cancellationToken);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation);
            return null;
        }
    }

    /// <summary>A period needs both its days: one left empty is an error (the binder has said when one is no real date).</summary>
    private DateOnly? DateOf(DateParts parts, string field, string what)
    {
        if (parts.IsEmpty)
        {
            ModelState.AddModelError(field, $"Enter {what}, like 1 4 2026.");
        }

        return parts.Date;
    }
}
