using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>
/// The panel's decision on a case: the sector match and the family's preferences beside the CoP 9.79 test of each
/// preference, the outcome and its reasons; then the chair's sign-off. What a member types is kept as they typed it
/// (<see cref="SaveDecisionFormDraft"/>) before it is checked, so it survives an error, the back button and a lost
/// session; the form carries a token that makes a second press of the button send the same decision once.
/// </summary>
[Authorize(Policy = Policies.RecordPanelViews)]
public sealed class DecisionModel(ISender sender) : PageModel
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    public GetPanelMeeting.AgendaEntry Entry { get; private set; } = null!;

    public CasePackDocument Pack { get; private set; } = null!;

    /// <summary>The sector match as the papers hold it: what the panel decides on, never the live case (null in papers frozen before matches were kept).</summary>
    public CasePackDocument.PackSectorMatch? Match => Pack.SectorMatch;

    /// <summary>Each named preference's status and duty as the catalogue decides it, by rank.</summary>
    public IReadOnlyList<GetPreferenceDuties.PreferenceDuty> Duties { get; private set; } = [];

    /// <summary>The family's preferences in rank order, as the form's tests are numbered.</summary>
    public IReadOnlyList<CasePackDocument.PackPreference> Preferences => Pack.Preferences.OrderBy(p => p.Rank).ToList();

    /// <summary>The catalogue's word on the preference at this index of the form; null for a type of provision.</summary>
    public GetPreferenceDuties.PreferenceDuty? DutyOf(int index) => Duties.FirstOrDefault(d => d.Rank == Preferences[index].Rank);

    public RequestType RequestType => Pack.Case.Type;

    /// <summary>The decision drafted so far, if any, for the chair to sign off.</summary>
    public GetDecision.Details? Draft { get; private set; }

    public GetDecision.Details? SignedOff { get; private set; }

    public DecisionForm Form { get; private set; } = DecisionForm.Empty();

    public DateTimeOffset? FormSavedAt { get; private set; }

    /// <summary>Makes a second press of the button (or a resend) record the decision once.</summary>
    public Guid FormToken { get; private set; } = Guid.NewGuid();

    public bool IsChair => Navigation.RoleOf(User) == Role.PanelChair;

    public IReadOnlyList<Choice> OutcomeChoices { get; } =
        Enum.GetValues<DecisionOutcome>().Select(o => new Choice(o.ToString(), o.AsChoice())).ToList();

    /// <summary>The statuses a setting the catalogue does not hold can be recorded with, each with the duty it decides.</summary>
    public IReadOnlyList<Choice> StatusChoices { get; } = Enum.GetValues<SettingStatus>()
        .Select(s => new Choice(s.ToString(), SettingStatusLabels.Label(s), SettingStatusLabels.Hint(s)))
        .ToList();

    public static IReadOnlyList<Choice> YesNo { get; } = [new("true", "Yes"), new("false", "No")];

    public IReadOnlyList<Choice> ProvisionChoices { get; } =
        Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Label())).ToList();

    public IReadOnlyList<Choice> PreferenceChoices =>
        Pack.Preferences.OrderBy(p => p.Rank).Select(p => new Choice(p.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{p.Rank}. {PreferenceName(p)}")).ToList();

    /// <summary>Everything the panel may cite: the documents, the advice and the views in the papers.</summary>
    public IReadOnlyList<Choice> CitableEvidence =>
        Pack.Evidence.Select(e => new Choice(e.Id.ToString(), $"{e.FileName} ({e.Author})"))
            .Concat(Pack.Advice.Select(a => new Choice(a.Id.ToString(), $"Advice from {a.AgencyDescription}")))
            .Concat(Pack.Views.Select(v => new Choice(v.Id.ToString(), $"Views given by {v.GivenBy}")))
            .ToList();

    /// <summary>The document of the papers, through the papers' own route (and its rules: a conflicted member gets "not found").</summary>
    public string DocumentPath(Guid evidenceId) => Url.To("/Panels/PaperDocument", new { id = Meeting.Id, caseId = Entry.PlacementRequestId, evidenceId });

    /// <summary>One piece of the papers a finding relies on: a document links to it; advice links to its document when the papers hold one.</summary>
    public sealed record CitedItem(string Text, string? Href);

    /// <summary>A finding of the decision and the evidence it relies on, in words.</summary>
    public sealed record Citation(string Finding, IReadOnlyList<CitedItem> Evidence);

    /// <summary>Each finding of the decision that relies on evidence, with that evidence linked where it is a document of the papers.</summary>
    public IReadOnlyList<Citation> CitationsOf(DecisionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var citations = new List<Citation>();
        foreach (var test in (content.PreferenceTests ?? []).OrderBy(t => t.PreferenceRank))
        {
            var preference = Pack.Preferences.FirstOrDefault(p => p.Rank == test.PreferenceRank);
            var name = preference is null ? $"Preference {test.PreferenceRank}" : $"Preference {test.PreferenceRank} ({PreferenceName(preference)})";
            foreach (var ground in test.Grounds ?? [])
            {
                if ((ground.EvidenceReliedOn ?? []).Count > 0)
                {
                    citations.Add(new Citation($"{name}: {DecisionForm.Question(ground.Ground)} {(ground.Applies ? "Yes" : "No")}.", ground.EvidenceReliedOn!.Select(Cite).ToList()));
                }
            }

            if (test.Section9 is { } s9 && (s9.EvidenceReliedOn ?? []).Count > 0)
            {
                citations.Add(new Citation($"{name}: the section 9 test.", s9.EvidenceReliedOn!.Select(Cite).ToList()));
            }
        }

        return citations;
    }

    private CitedItem Cite(Guid id)
    {
        if (Pack.Evidence.FirstOrDefault(e => e.Id == id) is { } document)
        {
            return new CitedItem($"{document.FileName} ({document.Author})", DocumentPath(document.Id));
        }

        if (Pack.Advice.FirstOrDefault(a => a.Id == id) is { } advice)
        {
            var held = advice.EvidenceItemId is { } evidenceId && Pack.Evidence.Any(e => e.Id == evidenceId);
            return new CitedItem($"Advice from {advice.AgencyDescription}", held ? DocumentPath(advice.EvidenceItemId!.Value) : null);
        }

        return Pack.Views.FirstOrDefault(v => v.Id == id) is { } view
            ? new CitedItem($"Views given by {view.GivenBy}", null)
            : new CitedItem("Evidence that is not in these papers", null);
    }

    public static string PreferenceName(CasePackDocument.PackPreference preference)
    {
        ArgumentNullException.ThrowIfNull(preference);
        return preference.SettingName ?? preference.ProvisionKind?.Label() ?? "A type of provision";
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid caseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseId, cancellationToken))
        {
            return NotFound();
        }

        var kept = await sender.Send(new GetDecisionFormDraft.Query(id, caseId), cancellationToken);
        if (kept.Answers is { } answers)
        {
            Form = DecisionForm.FromCommand(answers);
            FormSavedAt = kept.SavedAt;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid caseId, [FromForm] int? version, [FromForm] Guid? formToken, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseId, cancellationToken))
        {
            return NotFound();
        }

        Form = DecisionForm.FromPost(Request.Form);
        FormToken = formToken ?? Guid.NewGuid();
        var command = Form.ToCommand(id, caseId, version, PreferenceDuties(), ModelState) with { IdempotencyKey = $"decision-form:{FormToken:N}" };

        // Kept first, as typed, whatever happens next.
        await sender.Send(new SaveDecisionFormDraft.Command(id, caseId, command), cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (succeeded, result) = await ModelState.TrySendAsync<RecordDecision.Result>(
            async () => await sender.Send(command, cancellationToken), whenResent: "This form was already sent with other answers. The form below now holds your latest answers: check them and record the decision again.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            await LoadAsync(id, caseId, cancellationToken);
            return Page();
        }

        TempData.Success($"The decision on {Entry.Reference} is recorded as a draft ({result!.Outcome.AsChoice()}). {result.Quorum}");
        return RedirectToPage("/Panels/Decision", new { id, caseId });
    }

    /// <summary>
    /// The chair has recorded what kind of setting a preference outside the catalogue is: the answers so far are kept
    /// and the form is shown again with the questions of the test that status calls for. Nothing is checked yet.
    /// </summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, Guid caseId, [FromForm] int? version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseId, cancellationToken))
        {
            return NotFound();
        }

        var answers = DecisionForm.FromPost(Request.Form).ToCommand(id, caseId, version, PreferenceDuties(), new ModelStateDictionary());
        await sender.Send(new SaveDecisionFormDraft.Command(id, caseId, answers), cancellationToken);
        return RedirectToPage("/Panels/Decision", null, new { id, caseId }, $"{FieldIds.For("preferenceTests")}");
    }

    public async Task<IActionResult> OnPostSignOffAsync(Guid id, Guid caseId, [FromForm] int? decisionVersion, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseId, cancellationToken))
        {
            return NotFound();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(
            () => sender.Send(new SignOffDecision.Command(id, caseId, decisionVersion), cancellationToken).AsTask());
        if (!succeeded)
        {
            await LoadAsync(id, caseId, cancellationToken);
            var kept = await sender.Send(new GetDecisionFormDraft.Query(id, caseId), cancellationToken);
            Form = kept.Answers is { } answers ? DecisionForm.FromCommand(answers) : DecisionForm.Empty();
            return Page();
        }

        TempData.Success($"The decision on {Entry.Reference} is signed off: {result!.Outcome.AsChoice()}.");
        return RedirectToPage("/Panels/Meeting", new { id });
    }

    private List<GetPreferenceDuties.PreferenceDuty?> PreferenceDuties() => Enumerable.Range(0, Preferences.Count).Select(DutyOf).ToList();

    /// <summary>False when the case is not on this meeting's agenda as the caller may read it (for instance they declared a conflict of interest in it).</summary>
    private async Task<bool> LoadAsync(Guid id, Guid caseId, CancellationToken cancellationToken)
    {
        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
        var entry = Meeting.Agenda.FirstOrDefault(a => a.PlacementRequestId == caseId);
        if (entry is null)
        {
            return false;
        }

        Entry = entry;
        var papers = await sender.Send(new GetCasePack.Query(id, caseId), cancellationToken);
        Pack = papers.Pack.Deserialize<CasePackDocument>(CasePackDocument.Json) ?? throw new InvalidOperationException("The case pack is empty.");
        Duties = await sender.Send(new GetPreferenceDuties.Query(id, caseId), cancellationToken);
        Draft = entry.DraftDecisionId is { } draftId ? await sender.Send(new GetDecision.Query(draftId), cancellationToken) : null;
        SignedOff = entry.DecisionId is { } decisionId ? await sender.Send(new GetDecision.Query(decisionId), cancellationToken) : null;
        return true;
    }
}
