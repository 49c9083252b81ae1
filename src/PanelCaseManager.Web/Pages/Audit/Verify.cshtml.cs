using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Audit;

/// <summary>An auditor checks the hash chain of the audit trail and reads the verdict in plain English.</summary>
[Authorize(Policy = Policies.Audit)]
public sealed class VerifyModel(ISender sender) : PageModel
{
    public VerifyAuditTrail.Result? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnGetCheckAsync(CancellationToken cancellationToken) =>
        Result = await sender.Send(new VerifyAuditTrail.Query(), cancellationToken);
}
