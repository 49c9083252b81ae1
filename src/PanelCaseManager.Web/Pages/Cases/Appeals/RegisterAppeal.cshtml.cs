using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>An officer records a tribunal appeal against one of the case's notices. The form's token makes a second press record it once.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class RegisterAppealModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<GetDisagreements.NoticeItem> Notices { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "appeals");

    [BindProperty]
    public string? NoticeId { get; set; }

    [BindProperty]
    public AppealSubject? Subject { get; set; }

    [BindProperty(Name = "registeredOn")]
    [DateInput("The day the tribunal registered the appeal")]
    public DateParts RegisteredOn { get; set; } = new();

    [BindProperty(Name = "responseDueOn")]
    [DateInput("The date for the council's response")]
    public DateParts ResponseDueOn { get; set; } = new();

    [BindProperty(Name = "evidenceDueOn")]
    [DateInput("The date for evidence")]
    public DateParts EvidenceDueOn { get; set; } = new();

    [BindProperty(Name = "hearingOn")]
    [DateInput("The hearing date")]
    public DateParts HearingOn { get; set; } = new();

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> NoticeChoices =>
        [.. Notices.Select(n => new Choice(n.Id.ToString(), $"{n.Reference}: {n.Title}", $"Sent {Display.Date(n.SentOn)}"))];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken = Guid.NewGuid();
        if (Notices.Count == 1)
        {
            NoticeId = Notices[0].Id.ToString();
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FormToken ??= Guid.NewGuid();
        var notice = Notices.FirstOrDefault(n => n.Id.ToString() == NoticeId);
        if (notice is null)
        {
            ModelState.AddModelError("noticeId", "Choose the notice the family appealed against.");
        }

        var registered = RegisteredOn.Date;
        var response = ResponseDueOn.Date;
        var evidence = EvidenceDueOn.Date;
        var hearing = HearingOn.Date;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new RegisterAppeal.Command(id, notice!.Id, Subject, registered, response, evidence, hearing) { IdempotencyKey = $"appeal-form:{FormToken:N}" };
        var (succeeded, _) = await ModelState.TrySendAsync<RegisterAppeal.Result>(
            async () => await sender.Send(command, cancellationToken),
            whenResent: "This form was already sent with other answers, and that appeal is recorded. Check the case's appeals before you record another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"The appeal against notice {notice.Reference} is recorded.");
        return RedirectToPage("/Cases/Appeals/Index", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Notices = (await sender.Send(new GetDisagreements.Query(id), cancellationToken)).Notices;
    }
}
