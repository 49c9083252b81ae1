using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>Every date still to come on the family's request, with the rule that sets it, and what is already done.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class WhatHappensNextModel(ISender sender) : PageModel
{
    public GetFamilyCase.View Case { get; private set; } = null!;

    public GetWhatHappensNext.Result Next { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);
        Next = await sender.Send(new GetWhatHappensNext.Query(id), cancellationToken);
    }
}
