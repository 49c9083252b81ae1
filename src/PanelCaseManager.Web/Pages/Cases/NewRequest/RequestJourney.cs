using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

/// <summary>The pages of logging a request, in order, ending in "check your answers".</summary>
public static class RequestJourney
{
    public const string ReturnToCheckAnswers = "check-answers";

    /// <summary>The page that asks a step's questions.</summary>
    public static string PageOf(RequestDraftStep step) => step switch
    {
        RequestDraftStep.Child => "/Cases/NewRequest/Child",
        RequestDraftStep.Request => "/Cases/NewRequest/Request",
        RequestDraftStep.Needs => "/Cases/NewRequest/Needs",
        RequestDraftStep.Preferences => "/Cases/NewRequest/Preferences",
        RequestDraftStep.Officer => "/Cases/NewRequest/Officer",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    public static string PathOf(IUrlHelper url, Guid draftId, RequestDraftStep step) => url.To(PageOf(step), new { draftId });

    /// <summary>A step's page when changing an answer from "check your answers", to which it then returns.</summary>
    public static string ChangeFromCheckAnswers(IUrlHelper url, Guid draftId, RequestDraftStep step) =>
        url.To(PageOf(step), new { draftId, returnTo = ReturnToCheckAnswers });

    public static string CheckAnswers(IUrlHelper url, Guid draftId) => url.To("/Cases/NewRequest/CheckAnswers", new { draftId });

    public static string Title(RequestDraftStep step) => step switch
    {
        RequestDraftStep.Child => "About the child",
        RequestDraftStep.Request => "About the request",
        RequestDraftStep.Needs => "The child's needs",
        RequestDraftStep.Preferences => "The family's preferences",
        RequestDraftStep.Officer => "Who will hold the case",
        _ => step.ToString(),
    };
}

/// <summary>
/// One page of the journey. Its answers are saved on the server as the officer goes, so that the back button, a
/// reload or signing in again after the session ran out keeps them; "Continue" checks this page's answers with
/// the rules of the submission itself and moves on, or back to "check your answers" when changing an answer.
/// </summary>
public abstract class RequestStepModel(ISender sender) : PageModel
{
    protected ISender Sender => sender;

    public Guid DraftId { get; private set; }

    public GetRequestDraft.Draft Draft { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    public abstract RequestDraftStep ThisStep { get; }

    public string Title => RequestJourney.Title(ThisStep);

    public int StepNumber => RequestDraftSteps.InOrder.ToList().IndexOf(ThisStep) + 1;

    public int StepCount => RequestDraftSteps.InOrder.Count;

    public string BackLink
    {
        get
        {
            var index = RequestDraftSteps.InOrder.ToList().IndexOf(ThisStep);
            return ReturnTo == RequestJourney.ReturnToCheckAnswers ? RequestJourney.CheckAnswers(Url, DraftId)
                : index == 0 ? Url.To("/Cases/NewRequest/Start")
                : RequestJourney.PathOf(Url, DraftId, RequestDraftSteps.InOrder[index - 1]);
        }
    }

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(draftId, cancellationToken) is { } submitted)
        {
            return submitted;
        }

        Show(Draft.Answers);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(draftId, cancellationToken) is { } submitted)
        {
            return submitted;
        }

        // The choices first: a page reads some answers against them (a setting chosen from the catalogue).
        await LoadChoicesAsync(cancellationToken);
        var answers = Read();
        var (saved, result) = await ModelState.TrySendAsync(
            () => sender.Send(new SaveRequestDraft.Command(draftId, ThisStep, answers), cancellationToken).AsTask(),
            FieldName);
        if (!saved || !ModelState.IsValid)
        {
            return Page();
        }

        if (result!.Submitted)
        {
            return RedirectToPage("/Cases/Overview", new { id = result.SubmittedRequestId });
        }

        var index = RequestDraftSteps.InOrder.ToList().IndexOf(ThisStep);
        var next = ReturnTo == RequestJourney.ReturnToCheckAnswers || index == RequestDraftSteps.InOrder.Count - 1
            ? RequestJourney.CheckAnswers(Url, draftId)
            : RequestJourney.PathOf(Url, draftId, RequestDraftSteps.InOrder[index + 1]);
        return Redirect(next);
    }

    /// <summary>Fills the page's fields from the answers saved so far.</summary>
    protected abstract void Show(SubmitPlacementRequest.Command answers);

    /// <summary>This page's answers as the command's fields; text that cannot be read (a date) is a form error here.</summary>
    protected abstract SubmitPlacementRequest.Command Read();

    /// <summary>The form field that shows an error the application names; null for one the page has already said in its own words.</summary>
    protected virtual string? FieldName(string field) => field;

    /// <summary>The page again with the answers as posted, nothing saved: for a button that changes the form itself ("Add another").</summary>
    protected async Task<IActionResult> RedisplayAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(draftId, cancellationToken) is { } submitted)
        {
            return submitted;
        }

        ModelState.Clear();
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<IActionResult?> LoadAsync(Guid draftId, CancellationToken cancellationToken)
    {
        DraftId = draftId;
        Draft = await sender.Send(new GetRequestDraft.Query(draftId), cancellationToken);
        return Draft.IsSubmitted ? RedirectToPage("/Cases/Overview", new { id = Draft.SubmittedRequestId }) : null;
    }
}
