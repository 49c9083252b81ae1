using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>
/// One request as its partner sees it: the due date, what was shared (sections and documents only), their answer and
/// questions; and, while it is open, the way to answer, decline or ask. A request addressed to someone else is "not
/// found", as for one that does not exist.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class RequestModel(ISender sender) : PageModel
{
    public GetPartnerRequest.View Asked { get; private set; } = null!;

    public async Task OnGetAsync(Guid partnerRequestId, CancellationToken cancellationToken) =>
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
}

/// <summary>A document shared with the partner, to download; any other is "not found".</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class DocumentModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid partnerRequestId, Guid evidenceId, CancellationToken cancellationToken)
    {
        var content = await sender.Send(new GetSharedDocument.Query(partnerRequestId, evidenceId), cancellationToken);
        return File(content.Stream, content.MediaType, content.FileName);
    }
}

/// <summary>A partner declines a request, saying why.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class DeclineModel(ISender sender) : PageModel
{
    public GetPartnerRequest.View Asked { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        Version = Asked.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(new DeclinePartnerRequest.Command(partnerRequestId, Version, Reason?.Trim()), cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success("You have declined this request. The SEND team has been told why.");
        return RedirectToPage("/Partner/Request", new { partnerRequestId });
    }
}

/// <summary>A partner asks the SEND officer a question about a request.</summary>
[Authorize(Policy = Policies.Partner)]
public sealed class QuestionModel(ISender sender) : PageModel
{
    public GetPartnerRequest.View Asked { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    public async Task OnGetAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        Version = Asked.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(new AskPartnerQuestion.Command(partnerRequestId, Version, Question?.Trim()), cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success("Your question has been sent to the SEND team.");
        return RedirectToPage("/Partner/Request", new { partnerRequestId });
    }
}
