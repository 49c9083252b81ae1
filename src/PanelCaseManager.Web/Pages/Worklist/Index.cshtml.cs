using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Worklist;

/// <summary>
/// The officer's open statutory deadlines, a row per child with their deadlines beneath, most pressing first; filtered
/// by status, kind of deadline and officer of the team. A team manager can switch to their whole team's.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string TeamScope = "team";

    /// <summary>"team" for a team manager's whole team; otherwise the signed-in officer's own cases.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>An officer of the reader's team whose worklist to show instead of the reader's own.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Officer { get; set; }

    public GetWorklist.Worklist Worklist { get; private set; } = new(string.Empty, default, [], [], [], []);

    public string? Team { get; private set; }

    public bool IsTeamManager => Navigation.RoleOf(User) is Role.TeamManager;

    public bool ShowsTeam => Team is not null;

    public IReadOnlyList<ListCaseOfficers.CaseOfficer> Officers { get; private set; } = [];

    public IReadOnlyList<Choice> StatusChoices { get; } =
        [new(string.Empty, "Any status"), .. GetWorklist.Statuses.Select(s => new Choice(s, Display.Sentence(s.Replace('-', ' '))))];

    public IReadOnlyList<Choice> KindChoices { get; } =
        [new(string.Empty, "Any deadline"), .. Enum.GetValues<MilestoneKind>().Where(k => k.IsChased()).Select(k => new Choice(k.ToString(), k.Describe()))];

    public IReadOnlyList<Choice> OfficerChoices =>
        [new(string.Empty, ShowsTeam || IsTeamManager ? "Whoever the scope shows" : "My cases"), .. Officers.Select(o => new Choice(o.Id, o.Name))];

    public bool IsFiltered => !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Kind) || !string.IsNullOrEmpty(Officer);

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
        Officers = await sender.Send(new ListCaseOfficers.Query(), cancellationToken);
        if (IsTeamManager && string.Equals(Scope, TeamScope, StringComparison.Ordinal) && string.IsNullOrWhiteSpace(Officer))
        {
            var me = await sender.Send(new WhoAmI.Query(), cancellationToken);
            Team = me.Team;
        }

        try
        {
            Worklist = await sender.Send(
                new GetWorklist.Query(Empty(Officer), Team) { Status = Empty(Status), Kind = Empty(Kind) }, cancellationToken);
        }
        catch (RequestValidationException validation)
        {
            ModelState.AddRequestErrors(validation);
        }
    }

    public string OfficerName(string? id) => Officers.FirstOrDefault(o => o.Id == id)?.Name ?? id ?? string.Empty;

    public static Group GroupOf(WorklistGroup group) => group switch
    {
        WorklistGroup.CriticallyOverdue => new("critically-overdue", "Critically overdue", "moj-badge--red", []),
        WorklistGroup.Overdue => new("overdue", "Overdue", "moj-badge--red", []),
        WorklistGroup.DueSoon => new("due-soon", "Due soon", "moj-badge--purple", []),
        _ => new("not-due-yet", "Not due yet", "moj-badge--grey", []),
    };

    /// <summary>The status of one deadline: the group the worklist put it in.</summary>
    public Group StatusOf(GetWorklist.Item item) => Groups.First(g => g.Items.Contains(item));

    public static string When(GetWorklist.Item item) => item.DaysUntilDue switch
    {
        < -1 => $"{-item.DaysUntilDue} days overdue",
        -1 => "1 day overdue",
        0 => "Due today",
        1 => "Due tomorrow",
        _ => $"Due in {item.DaysUntilDue} days",
    };

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed record Group(string Key, string Title, string BadgeClass, IReadOnlyList<GetWorklist.Item> Items);
}
