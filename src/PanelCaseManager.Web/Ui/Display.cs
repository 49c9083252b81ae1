using System.Globalization;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Web.Ui;

/// <summary>How dates, stages and codes read on a page, in the GOV.UK style ("20 November 2026").</summary>
internal static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    /// <summary>A moment as the clock in London showed it: "20 November 2026 at 10:15am" (GOV.UK style: "midnight", "midday").</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkCalendar.London);
        var time = (local.Hour, local.Minute) switch
        {
            (0, 0) => "midnight",
            (12, 0) => "midday",
            _ => local.ToString(local.Minute == 0 ? "%h" : "h:mm", English) + (local.Hour < 12 ? "am" : "pm"),
        };
        return $"{local.ToString("d MMMM yyyy", English)} at {time}";
    }

    /// <summary>Who saved a version and when, in words: "Saved on 7 December 2026 at 9:41am by Priya Shah"; the shipped one is "Built-in wording".</summary>
    public static string Saved(DateTimeOffset at, string by, bool builtIn) =>
        builtIn ? "Built-in wording" : $"Saved on {DateTime(at)} by {by}";

    public static string Describe(this RequestType type) => type switch
    {
        RequestType.NewPlan => "New EHC plan",
        RequestType.PhaseTransfer => "Phase transfer",
        RequestType.ChangeOfPlacement => "Change of placement",
        RequestType.AmendmentAfterAnnualReview => "Amendment after annual review",
        _ => type.ToString(),
    };

    /// <summary>The name of a kind of provision as a label or option, where the domain's Describe() reads inside a sentence.</summary>
    public static string Label(this ProvisionKind kind) => kind switch
    {
        ProvisionKind.Mainstream => "Mainstream school",
        ProvisionKind.SpecialistResourceProvision => "Specialist resource provision (SRP)",
        ProvisionKind.SendUnit => "SEND unit",
        ProvisionKind.PrimaryBehaviourService => "Primary behaviour service",
        ProvisionKind.EducationSupportCentre => "Education support centre",
        ProvisionKind.SpecialSchool => "Special school",
        ProvisionKind.Independent => "Independent school or college",
        ProvisionKind.NonMaintainedSpecial => "Non-maintained special school",
        ProvisionKind.FurtherEducationCollege => "Further education college",
        _ => kind.ToString(),
    };

    public static string Describe(this ReconsiderationTrigger trigger) => trigger switch
    {
        ReconsiderationTrigger.NewEvidence => "New evidence",
        ReconsiderationTrigger.Mediation => "Mediation",
        ReconsiderationTrigger.TribunalAppeal => "Tribunal appeal",
        ReconsiderationTrigger.Complaint => "Complaint",
        _ => trigger.ToString(),
    };

    /// <summary>The colour of a stage's tag: where the case is waiting on the service, it stands out.</summary>
    public static string TagClass(this Stage stage) => stage switch
    {
        Stage.Received => "govuk-tag--blue",
        Stage.Evidence => "govuk-tag--yellow",
        Stage.ReadyForPanel => "govuk-tag--purple",
        Stage.Decided => "govuk-tag--turquoise",
        Stage.LetterIssued => "govuk-tag--green",
        Stage.Closed => "govuk-tag--grey",
        Stage.Withdrawn => "govuk-tag--grey",
        Stage.Reconsideration => "govuk-tag--orange",
        _ => string.Empty,
    };

    /// <summary>The kebab-case name of a move, as it appears in its page's URL.</summary>
    public static string Slug(this StageTransition transition) => transition switch
    {
        StageTransition.StartEvidence => "start-evidence",
        StageTransition.MarkReadyForPanel => "mark-ready-for-panel",
        StageTransition.ReturnToEvidence => "return-to-evidence",
        StageTransition.Withdraw => "withdraw",
        StageTransition.Close => "close",
        StageTransition.Reconsider => "reconsider",
        StageTransition.DeferForEvidence => "defer-for-evidence",
        StageTransition.RecordDecision => "record-decision",
        StageTransition.IssueLetter => "issue-letter",
        _ => transition.ToString(),
    };

    public static string Sentence(string phrase) =>
        string.IsNullOrEmpty(phrase) ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
