using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>A partner's start page: what the service is for them, and how much is waiting.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public string Name => Navigation.NameOf(User);

    public bool IsSetting => Navigation.RoleOf(User) == Domain.Users.Role.SettingContact;

    public int Waiting { get; private set; }

    public int Overdue { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requests = await sender.Send(new ListMyPartnerRequests.Query(), cancellationToken);
        Waiting = requests.Count(r => r.CanRespond);
        Overdue = requests.Count(r => r.Overdue);
    }
}
