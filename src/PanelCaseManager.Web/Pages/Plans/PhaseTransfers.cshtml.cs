using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Plans;

/// <summary>
/// The phase transfer cohort of a September (SEND Regulations 2014 reg 18): the team's children moving between phases,
/// grouped late / at risk / on track, filtered by phase, sector and setting. The September defaults to the next one.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class PhaseTransfersModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "september")]
    public int? September { get; set; }

    /// <summary>The team whose cohort is shown: only the caller's own can be chosen; another is not found.</summary>
    [BindProperty(SupportsGet = true, Name = "team")]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true, Name = "phase")]
    public TransferPhase? Phase { get; set; }

    [BindProperty(SupportsGet = true, Name = "sector")]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true, Name = "setting")]
    public Guid? Setting { get; set; }

    public GetPhaseTransferCohort.Cohort? Cohort { get; private set; }

    public IReadOnlyList<Choice> SeptemberChoices { get; private set; } = [];

    public IReadOnlyList<Choice> PhaseChoices { get; } =
        [new(string.Empty, "Every phase"), .. Enum.GetValues<TransferPhase>().Select(p => new Choice(p.ToString(), Describe(p)))];

    public IReadOnlyList<Choice> SectorChoices { get; private set; } = [];

    public IReadOnlyList<Choice> TeamChoices { get; private set; } = [];

    public IReadOnlyList<Choice> SettingChoices { get; private set; } = [];

    public IReadOnlyList<Group> Groups => Cohort is null ? [] :
    [
        new("late", "Late", "govuk-tag--red", Cohort.Children.Where(c => c.Standing == TransferStanding.Late).ToList()),
        new("at-risk", "At risk", "govuk-tag--yellow", Cohort.Children.Where(c => c.Standing == TransferStanding.AtRisk).ToList()),
        new("on-track", "On track", "govuk-tag--green", Cohort.Children.Where(c => c.Standing == TransferStanding.OnTrack).ToList()),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = UkCalendar.Today(clock);
        var next = today.Month >= 9 ? today.Year + 1 : today.Year;
        September ??= next;
        SeptemberChoices = Enumerable.Range(next - 2, 4).Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), $"September {y}")).ToList();
        if (SeptemberChoices.All(c => c.Value != September.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            SeptemberChoices = [.. SeptemberChoices, new Choice(September.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"September {September}")];
        }

        var me = await sender.Send(new WhoAmI.Query(), cancellationToken);
        TeamChoices = me.Team is { } own ? [new(own, $"{own} (your team)")] : [new(string.Empty, "Your own plans")];
        var sectors = await sender.Send(new ListSectorProfiles.Query(), cancellationToken);
        SectorChoices = [new(string.Empty, "Every sector"), .. sectors.Select(s => new Choice(s.Code, s.Name))];

        var (succeeded, cohort) = await ModelState.TrySendAsync(
            () => sender.Send(new GetPhaseTransferCohort.Query(September.Value, Team, Phase, Sector, Setting, null), cancellationToken).AsTask());
        if (!succeeded)
        {
            return;
        }

        Cohort = cohort;
        // The settings the cohort's children attend, whatever setting is chosen, so the choice can be changed.
        var all = Setting is null ? cohort : await sender.Send(new GetPhaseTransferCohort.Query(September.Value, Team, Phase, Sector, null, null), cancellationToken);
        SettingChoices =
        [
            new(string.Empty, "Every setting"),
            .. all!.Children.Where(c => c.SettingId is not null).GroupBy(c => c.SettingId!.Value)
                .Select(g => new Choice(g.Key.ToString(), g.First().Setting ?? "Not recorded"))
                .OrderBy(c => c.Text, StringComparer.Ordinal),
        ];
    }

    public static string Describe(TransferPhase phase) => phase switch
    {
        TransferPhase.IntoSchool => "Early years to school",
        TransferPhase.WithinPrimary => "Infant to junior (or first to middle)",
        TransferPhase.IntoSecondary => "Primary or middle to secondary",
        TransferPhase.IntoPost16 => "School to post-16",
        _ => phase.ToString(),
    };

    public static string DaysLeft(GetPhaseTransferCohort.Child child) => child.AmendedPlanIssued is { } issued
        ? $"Amended plan issued {Display.Date(issued)}"
        : child.DaysToDeadline switch
        {
            < -1 => $"{-child.DaysToDeadline} days past the date",
            -1 => "1 day past the date",
            0 => "Due today",
            1 => "1 day left",
            _ => $"{child.DaysToDeadline} days left",
        };

    /// <summary>Where the transfer has got to, in the order of its steps.</summary>
    public static string WhereItStands(GetPhaseTransferCohort.Child child)
    {
        if (child.AmendedPlanIssued is not null)
        {
            return "Amended plan issued";
        }

        if (child.DecisionSignedOff is { } decided)
        {
            return $"Panel decided {Display.Date(decided)}; amended plan to issue";
        }

        if (child.PanelDate is { } panel)
        {
            return $"On the panel of {Display.Date(panel)}";
        }

        if (child.SettingsConsulted > 0)
        {
            return child.SettingsConsulted == 1 ? "1 setting consulted" : $"{child.SettingsConsulted} settings consulted";
        }

        if (child.PreferencesGiven > 0)
        {
            return "Family's preference received";
        }

        return child.PlacementRequestId is null ? "No phase transfer request yet" : "Request received; waiting for the family's preference";
    }

    public sealed record Group(string Key, string Title, string TagClass, IReadOnlyList<GetPhaseTransferCohort.Child> Children);
}
