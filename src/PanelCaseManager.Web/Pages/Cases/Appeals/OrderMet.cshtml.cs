using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>An officer records the day a tribunal's order was carried out, with the notice that did it when there is one.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class OrderMetModel(ISender sender) : PageModel
{
    private const string NoNotice = "none";

    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetDisagreements.OrderItem Order { get; private set; } = null!;

    public IReadOnlyList<GetDisagreements.NoticeItem> Notices { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "appeals");

    [BindProperty]
    public int ExpectedVersion { get; set; }

    [BindProperty(Name = "metOn")]
    [DateInput("The day the order was carried out")]
    public DateParts MetOn { get; set; } = new();

    [BindProperty]
    public string? MetByNoticeId { get; set; }

    public IReadOnlyList<Choice> NoticeChoices =>
        [new Choice(NoNotice, "None: it was done another way (a draft plan, or telling the family)"),
            .. Notices.Select(n => new Choice(n.Id.ToString(), $"{n.Reference}: {n.Title}", $"Sent {Display.Date(n.SentOn)}"))];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid appealId, Guid orderId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, appealId, orderId, cancellationToken))
        {
            return NotFound();
        }

        MetOn = DateParts.From(Order.MetOn);
        MetByNoticeId = Order.MetByNoticeId?.ToString() ?? NoNotice;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid appealId, Guid orderId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, appealId, orderId, cancellationToken))
        {
            return NotFound();
        }

        var metOn = MetOn.Date;
        Guid? noticeId = null;
        if (MetByNoticeId is not (null or "" or NoNotice))
        {
            noticeId = Notices.FirstOrDefault(n => n.Id.ToString() == MetByNoticeId)?.Id;
            if (noticeId is null)
            {
                ModelState.AddModelError("metByNoticeId", "Choose a notice sent on this case, or none.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, _) = await ModelState.TrySendAsync<RecordOrderMet.Result>(
            async () => await sender.Send(new RecordOrderMet.Command(id, appealId, orderId, ExpectedVersion, metOn, noticeId), cancellationToken),
            field => field);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The order is recorded as carried out.");
        return RedirectToPage("/Cases/Appeals/Index", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid appealId, Guid orderId, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var disagreements = await sender.Send(new GetDisagreements.Query(id), cancellationToken);
        Notices = disagreements.Notices;
        var appeal = disagreements.Appeals.SingleOrDefault(a => a.Id == appealId);
        var found = appeal?.Orders.SingleOrDefault(o => o.Id == orderId);
        Order = found!;
        if (appeal is not null && !HttpContext.Request.HasFormContentType)
        {
            ExpectedVersion = appeal.Version;
        }

        return found is not null;
    }
}
