using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// An officer records that a setting from the catalogue was consulted on the decision that stands, the family's
/// preferred settings offered first. The form's token makes a second press start it once.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class StartConsultationModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetCasePanels.DecisionSummary? Standing { get; private set; }

    public IReadOnlyList<SettingView> Settings { get; private set; } = [];

    public IReadOnlyList<(SettingView Setting, int Rank)> Preferred { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "consultations");

    [BindProperty]
    public string? SettingId { get; set; }

    [BindProperty]
    public string? MaintainingAuthority { get; set; }

    [BindProperty(Name = "sentOn")]
    [DateInput("The date the consultation was sent")]
    public DateParts SentOn { get; set; } = new();

    [BindProperty]
    public Guid? FormToken { get; set; }

    /// <summary>The catalogue's settings, the family's preferred ones first in their order, then the rest by name.</summary>
    public IReadOnlyList<Choice> SettingChoices =>
    [
        new(string.Empty, "Choose a setting"),
        .. Preferred.Select(p => new Choice(p.Setting.Id.ToString(), $"{p.Setting.Name} (URN {p.Setting.Urn}) – the family's preference {p.Rank}")),
        .. Settings.Where(s => Preferred.All(p => p.Setting.Id != s.Id)).Select(s => new Choice(s.Id.ToString(), $"{s.Name} (URN {s.Urn})")),
    ];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken ??= Guid.NewGuid();
        if (Standing is null)
        {
            return Page();
        }

        var setting = Settings.FirstOrDefault(s => s.Id.ToString() == SettingId);
        if (setting is null)
        {
            ModelState.AddModelError("settingId", "Choose the setting consulted.");
        }

        var sentOn = SentOn.Date;

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new StartConsultation.Command(id, Standing.Id, setting!.Name, setting.Urn, string.IsNullOrWhiteSpace(MaintainingAuthority) ? null : MaintainingAuthority.Trim(), sentOn)
        {
            IdempotencyKey = $"consultation-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync<StartConsultation.Result>(
            async () => await sender.Send(command, cancellationToken),
            field => field switch
            {
                "settingName" or "settingUrn" => "settingId",
                "decisionId" => string.Empty,
                _ => field,
            },
            whenResent: "This form was already sent with other answers, and that consultation is recorded. Check the case's consultations before you start another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"{setting.Name} is consulted. Its reply is due by {Display.Date(result!.DueOn)}.");
        return RedirectToPage("/Cases/Consultations", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Standing = (await sender.Send(new GetCasePanels.Query(id), cancellationToken)).Standing;
        Settings = (await sender.Send(new ListSettings.Query(null, null, null, null, 1, ListSettings.MaximumPageSize), cancellationToken)).Items;
        Preferred = Case.Preferences
            .Where(p => p.Kind == PreferenceKind.NamedSetting)
            .OrderBy(p => p.Rank)
            .Select(p => (Setting: Settings.FirstOrDefault(s => (p.SettingUrn is not null && s.Urn == p.SettingUrn) || string.Equals(s.Name, p.SettingName?.Trim(), StringComparison.OrdinalIgnoreCase)), p.Rank))
            .Where(p => p.Setting is not null)
            .Select(p => (p.Setting!, p.Rank))
            .DistinctBy(p => p.Item1.Id)
            .ToList();
    }
}
