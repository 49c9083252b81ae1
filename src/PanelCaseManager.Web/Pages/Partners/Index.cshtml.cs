using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Partners;

/// <summary>
/// Officers, managers and administrators see the partners' accounts and invite a professional (health, social care,
/// educational psychology) or a setting's contact (by the setting's URN in the catalogue). The person signs in with the
/// account the council's directory gave them; its object id is their id here (docs/adr/0205).
/// </summary>
[Authorize(Policy = Policies.InvitePartners)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<PartnerView> Partners { get; private set; } = [];

    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(Name = "role")]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? SettingUrn { get; set; }

    public IReadOnlyList<Choice> KindChoices { get; } =
    [
        new(nameof(Role.AgencyProfessional), "A professional", "From health, social care or the educational psychology service."),
        new(nameof(Role.SettingContact), "A setting's named contact or SENCO", "For a school, college or nursery in the settings catalogue."),
    ];

    public IReadOnlyList<Choice> AgencyChoices { get; } =
        [new(string.Empty, "Choose the agency"), .. UserAccount.PartnerAgencies.Select(a => new Choice(a.ToString(), a.Title()))];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Role? role = Kind switch
        {
            nameof(Role.AgencyProfessional) => Role.AgencyProfessional,
            nameof(Role.SettingContact) => Role.SettingContact,
            _ => null,
        };
        Agency? agency = role == Role.AgencyProfessional && FormEnum.Parse<Agency>(Agency) is { } a && UserAccount.PartnerAgencies.Contains(a) ? a : null;
        Guid? settingId = null;
        if (role == Role.SettingContact)
        {
            var urn = SettingUrn?.Trim();
            if (string.IsNullOrEmpty(urn))
            {
                ModelState.AddModelError("settingId", "Enter the setting's URN, for example 117660.");
            }
            else
            {
                var found = await sender.Send(new ListSettings.Query(null, null, urn, null, 1, ListSettings.MaximumPageSize), cancellationToken);
                settingId = found.Items.FirstOrDefault(s => s.Urn == urn)?.Id;
                if (settingId is null)
                {
                    ModelState.AddModelError("settingId", "There is no setting with this URN in the catalogue.");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, invited) = await ModelState.TrySendAsync(() =>
            sender.Send(new InvitePartner.Command(Id?.Trim(), DisplayName?.Trim(), Email?.Trim(), role, agency, settingId), cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"{invited!.DisplayName} is invited. They have been sent an email with a link to the service.");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Partners = await sender.Send(new ListPartners.Query(null, null), cancellationToken);
}
