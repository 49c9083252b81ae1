using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>A case's statutory deadlines: each one's statutory date, whether it was met, and the exceptions recorded against them.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class DeadlinesModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public GetMilestones.CaseMilestones Clock { get; private set; } = null!;

    public IReadOnlyDictionary<string, ListExceptionReasons.ReasonView> Reasons { get; private set; } = new Dictionary<string, ListExceptionReasons.ReasonView>();

    public CaseTabs Tabs => new(Case, "deadlines");

    public bool CanRecord => Navigation.ManagesCases(User);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Clock = await sender.Send(new GetMilestones.Query(id), cancellationToken);
        Reasons = (await sender.Send(new ListExceptionReasons.Query(), cancellationToken)).ToDictionary(r => r.Code);
    }

    public string ReasonText(string code) => Reasons.TryGetValue(code, out var reason) ? reason.Description : code;

    /// <summary>An open deadline whose statutory date has passed on a case still running: the family must be told why.</summary>
    public static bool IsLate(GetMilestones.MilestoneView milestone, GetMilestones.CaseMilestones clock)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        ArgumentNullException.ThrowIfNull(clock);
        return clock.StoppedOn is null && milestone.MetOn is null && milestone.Status == "open" && milestone.DueDate is { } due && due < clock.Today;
    }

    /// <summary>What a deadline's state reads as, in words and a tag colour (the words carry the meaning).</summary>
    public static (string Text, string TagClass) StatusOf(GetMilestones.MilestoneView milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        return milestone.Status switch
        {
            "met" => ("Met", "govuk-tag--green"),
            "met-late" => ("Met late", "govuk-tag--orange"),
            "not-started" => ("Not started", "govuk-tag--grey"),
            "not-applicable" => ("Not applicable", "govuk-tag--grey"),
            "stopped" => ("Case ended", "govuk-tag--grey"),
            _ => milestone.Group switch
            {
                WorklistGroup.CriticallyOverdue => ("Critically overdue", "govuk-tag--red"),
                WorklistGroup.Overdue => ("Overdue", "govuk-tag--red"),
                WorklistGroup.DueSoon => ("Due soon", "govuk-tag--yellow"),
                _ => ("Open", "govuk-tag--blue"),
            },
        };
    }

    public static string SourceText(string source) => source switch
    {
        ClockEvent.RecordedByOfficer => "Recorded by an officer",
        ClockEventsFromFeatures.FromEvidence => "From the case's evidence",
        ClockEventsFromFeatures.FromConsultations => "From the consultations",
        ClockEventsFromFeatures.FromDecisionLetters => "From the decision letters",
        _ => source,
    };
}
