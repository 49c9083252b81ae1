using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>One setting of the catalogue, as the sector match uses it.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class SettingModel(ISender sender) : PageModel
{
    public SettingView Setting { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Setting = await sender.Send(new GetSetting.Query(id), cancellationToken);
}
