using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Worklist;

/// <summary>
/// The officer's open statutory deadlines, most pressing first: critically overdue, overdue, due soon, not due yet.
/// A team manager can switch to their whole team's.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string TeamScope = "team";

    /// <summary>"team" for a team manager's whole team; otherwise the signed-in officer's own cases.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    public GetWorklist.Worklist Worklist { get; private set; } = null!;

    public string? Team { get; private set; }

    public bool IsTeamManager => Navigation.RoleOf(User) is Role.TeamManager;

    public bool ShowsTeam => Team is not null;

    public IReadOnlyList<Group> Groups =>
    [
        new("critically-overdue", "Critically overdue", "moj-badge--red", Worklist.CriticallyOverdue),
        new("overdue", "Overdue", "moj-badge--red", Worklist.Overdue),
        new("due-soon", "Due soon", "moj-badge--purple", Worklist.DueSoon),
        new("not-due-yet", "Not due yet", "moj-badge--grey", Worklist.NotDueYet),
    ];

    public int Total => Groups.Sum(g => g.Items.Count);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsTeamManager && string.Equals(Scope, TeamScope, StringComparison.Ordinal))
        {
            var me = await sender.Send(new WhoAmI.Query(), cancellationToken);
            Team = me.Team;
        }

        Worklist = await sender.Send(new GetWorklist.Query(null, Team), cancellationToken);
    }

    public static string When(GetWorklist.Item item) => item.DaysUntilDue switch
    {
        < -1 => $"{-item.DaysUntilDue} days overdue",
        -1 => "1 day overdue",
        0 => "Due today",
        1 => "Due tomorrow",
        _ => $"Due in {item.DaysUntilDue} days",
    };

    public sealed record Group(string Key, string Title, string BadgeClass, IReadOnlyList<GetWorklist.Item> Items);
}
