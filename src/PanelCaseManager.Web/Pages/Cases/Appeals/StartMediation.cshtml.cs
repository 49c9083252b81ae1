using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>An officer records that the family contacted the mediation adviser about one of the case's notices. The form's token makes a second press record it once.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class StartMediationModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<GetDisagreements.NoticeItem> Notices { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "appeals");

    [BindProperty]
    public string? NoticeId { get; set; }

    [BindProperty(Name = "adviserContactedOn")]
    [DateInput("The day the family contacted the adviser")]
    public DateParts AdviserContactedOn { get; set; } = new();

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
            ModelState.AddModelError("noticeId", "Choose the notice the family wants to mediate about.");
        }

        var contactedOn = AdviserContactedOn.Date;

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new StartMediation.Command(id, notice!.Id, contactedOn) { IdempotencyKey = $"mediation-form:{FormToken:N}" };
        var (succeeded, _) = await ModelState.TrySendAsync<StartMediation.Result>(
            async () => await sender.Send(command, cancellationToken),
            whenResent: "This form was already sent with other answers, and that contact is recorded. Check the case's mediation before you record another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success($"The family's contact with the mediation adviser about notice {notice.Reference} is recorded.");
        return RedirectToPage("/Cases/Appeals/Index", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Notices = [.. (await sender.Send(new GetDisagreements.Query(id), cancellationToken)).Notices.Where(n => !n.HasMediation)];
    }
}
