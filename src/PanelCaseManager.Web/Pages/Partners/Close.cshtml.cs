using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Partners;

/// <summary>An officer or administrator closes a partner's account (withdraws the invitation), saying why.</summary>
[Authorize(Policy = Policies.InvitePartners)]
public sealed class CloseModel(ISender sender) : PageModel
{
    public PartnerView Partner { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(string partnerId, CancellationToken cancellationToken)
    {
        Partner = await FindAsync(partnerId, cancellationToken);
        Version = Partner.Version;
    }

    public async Task<IActionResult> OnPostAsync(string partnerId, CancellationToken cancellationToken)
    {
        Partner = await FindAsync(partnerId, cancellationToken);
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(new ClosePartner.Command(partnerId, Reason?.Trim(), Version), cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"{Partner.DisplayName}'s account is closed. They can no longer sign in.");
        return RedirectToPage("/Partners/Index");
    }

    private async Task<PartnerView> FindAsync(string partnerId, CancellationToken cancellationToken) =>
        (await sender.Send(new ListPartners.Query(null, null), cancellationToken)).FirstOrDefault(p => p.Id == partnerId)
        ?? throw new NotFoundException("Partner", partnerId);
}
