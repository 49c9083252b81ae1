using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>A family asks for a named school or setting, or a type of provision, with their reasons.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class AskForAPlaceModel(ISender sender) : PageModel
{
    public GetFamilyCase.View Case { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? SettingName { get; set; }

    [BindProperty]
    public string? ProvisionKind { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public IReadOnlyList<Choice> KindChoices { get; } =
    [
        new(nameof(PreferenceKind.NamedSetting), "A named school or setting"),
        new(nameof(PreferenceKind.TypeOfProvision), "A type of school or provision", "For example, a special school, without naming one."),
    ];

    public IReadOnlyList<Choice> ProvisionChoices { get; } =
        Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Describe())).ToList();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);
        Version = Case.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);
        PreferenceKind? kind = FormEnum.Parse<PreferenceKind>(Kind);
        ProvisionKind? provision = kind == PreferenceKind.TypeOfProvision ? FormEnum.Parse<ProvisionKind>(ProvisionKind) : null;
        var setting = kind == PreferenceKind.NamedSetting && !string.IsNullOrWhiteSpace(SettingName) ? SettingName.Trim() : null;
        var command = new AskForAPlace.Command(id, Version, kind, setting, provision, string.IsNullOrWhiteSpace(Reasons) ? null : Reasons.Trim());
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success("Your request for a place is saved. Your SEND officer will talk it through with you.");
        return RedirectToPage("/Family/Request", new { id });
    }
}
