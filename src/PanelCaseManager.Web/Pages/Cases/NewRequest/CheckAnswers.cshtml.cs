using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

/// <summary>
/// Every answer with a link to change it, then one button that logs the request. The draft's id is the
/// submission's idempotency key: pressing the button twice, or going back and pressing it again, makes one case.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class CheckAnswersModel(ISender sender, Sen2Catalogue sen2) : PageModel
{
    public sealed record Problem(string Message, string Href);

    public Guid DraftId { get; private set; }

    public SubmitPlacementRequest.Command Answers { get; private set; } = null!;

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public string? OfficerName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken cancellationToken)
    {
        var draft = await sender.Send(new GetRequestDraft.Query(draftId), cancellationToken);
        if (draft.IsSubmitted)
        {
            return RedirectToPage("/Cases/Overview", new { id = draft.SubmittedRequestId });
        }

        await ShowAsync(draft, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new SubmitRequestDraft.Command(draftId), cancellationToken);
            if (!result.AlreadySubmitted)
            {
                TempData.Success($"Placement request {result.Reference} logged.");
            }

            return RedirectToPage("/Cases/Overview", new { id = result.Id });
        }
        catch (RequestValidationException validation)
        {
            var draft = await sender.Send(new GetRequestDraft.Query(draftId), cancellationToken);
            await ShowAsync(draft, cancellationToken, validation.Errors);
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            // Submitted twice at once: the other press made the case, and this page now goes to it.
            return Redirect(RequestJourney.CheckAnswers(Url, draftId));
        }
        catch (DomainRuleException rule)
        {
            var draft = await sender.Send(new GetRequestDraft.Query(draftId), cancellationToken);
            await ShowAsync(draft, cancellationToken);
            ModelState.AddPageError(rule.Message);
            return Page();
        }
    }

    public string Change(RequestDraftStep step) => RequestJourney.ChangeFromCheckAnswers(Url, DraftId, step);

    public string NeedName(string? code) => code is null ? "None" : sen2.Contains(code) ? $"{sen2.Get(code).Description} ({code})" : code;

    private async Task ShowAsync(GetRequestDraft.Draft draft, CancellationToken cancellationToken, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        DraftId = draft.Id;
        Answers = draft.Answers;
        var problems = errors ?? draft.Problems;
        Problems = problems
            .SelectMany(p => p.Value.Take(1).Select(message => (Field: p.Key, Message: message)))
            .Select(p => new Problem(p.Message, RequestDraftSteps.StepOf(p.Field) is { } step
                ? $"{RequestJourney.ChangeFromCheckAnswers(Url, draft.Id, step)}#{FieldIds.For(p.Field)}"
                : "#main-content"))
            .ToList();
        if (Answers.AssignedOfficerId is { } officerId)
        {
            var officers = await sender.Send(new ListCaseOfficers.Query(), cancellationToken);
            OfficerName = officers.FirstOrDefault(o => o.Id == officerId)?.Name ?? officerId;
        }
    }
}
