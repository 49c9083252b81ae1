using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Ui;

/// <summary>The words for annual reviews' standings, recommendations and decisions.</summary>
public static class ReviewText
{
    public static string Describe(this ReviewStanding standing) => standing switch
    {
        ReviewStanding.Due => "Review due",
        ReviewStanding.Overdue => "Review overdue",
        ReviewStanding.AwaitingPaperwork => "Held, awaiting paperwork",
        ReviewStanding.PaperworkLate => "Paperwork late",
        ReviewStanding.DecisionDue => "Decision due",
        ReviewStanding.DecisionLate => "Decision late",
        ReviewStanding.AmendedPlanDue => "Amended plan due",
        ReviewStanding.AmendedPlanLate => "Amended plan late",
        ReviewStanding.Complete => "Complete",
        _ => standing.ToString(),
    };

    public static string Tag(this ReviewStanding standing) => standing switch
    {
        ReviewStanding.Overdue or ReviewStanding.PaperworkLate or ReviewStanding.DecisionLate or ReviewStanding.AmendedPlanLate => "govuk-tag--red",
        ReviewStanding.Complete => "govuk-tag--green",
        ReviewStanding.Due => "govuk-tag--grey",
        _ => "govuk-tag--yellow",
    };

    public static string Describe(this ReviewRecommendation recommendation) => recommendation switch
    {
        ReviewRecommendation.Maintain => "Keep the plan as it is",
        ReviewRecommendation.Amend => "Amend the plan",
        ReviewRecommendation.Cease => "Stop the plan",
        ReviewRecommendation.ChangeOfPlacement => "Change of placement",
        _ => recommendation.ToString(),
    };

    public static string Describe(this ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Maintain => "Keep the plan as it is (a decision not to amend, with the right of appeal)",
        ReviewOutcome.Amend => "Amend the plan (proposed amendments sent to the family)",
        ReviewOutcome.Cease => "Cease to maintain the plan (with the right of appeal)",
        _ => outcome.ToString(),
    };

    public static IReadOnlyList<Choice> StandingChoices { get; } =
        [new(string.Empty, "Every review to finish"), .. Enum.GetValues<ReviewStanding>().Where(s => s != ReviewStanding.Complete).Select(s => new Choice(s.ToString(), s.Describe()))];

    public static IReadOnlyList<Choice> RecommendationChoices { get; } =
    [
        new(nameof(ReviewRecommendation.Maintain), ReviewRecommendation.Maintain.Describe()),
        new(nameof(ReviewRecommendation.Amend), ReviewRecommendation.Amend.Describe(), "Say what should change in the reasons."),
        new(nameof(ReviewRecommendation.Cease), ReviewRecommendation.Cease.Describe(), "The child no longer needs the plan."),
        new(nameof(ReviewRecommendation.ChangeOfPlacement), ReviewRecommendation.ChangeOfPlacement.Describe(), "The child should move to another setting: say which and why."),
    ];

    public static IReadOnlyList<Choice> OutcomeChoices { get; } =
        [.. Enum.GetValues<ReviewOutcome>().Select(o => new Choice(o.ToString(), o.Describe()))];

    public static string When(int days) => days switch
    {
        < -1 => $"{-days} days late",
        -1 => "1 day late",
        0 => "Due today",
        1 => "Due tomorrow",
        _ => $"Due in {days} days",
    };
}
