using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// A fictional letter for previewing a template: every field the letter uses filled, with a Welsh name and accented
/// letters so that an administrator sees the wording as a family would. The configured contacts are the real ones;
/// the appeal rights are worded by <see cref="AppealRights"/> with the statutory defaults.
/// </summary>
public static class SampleLetterModel
{
    public static DecisionLetterModel For(LetterOutcome outcome, LetterSettings settings, DateOnly letterDate)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var deferral = outcome == LetterOutcome.DeferForEvidence;
        var namesInstead = outcome is LetterOutcome.NameAnotherSetting or LetterOutcome.NameTypeAndConsult or LetterOutcome.Decline;
        var planNotice = outcome.IsPlanNotice();
        var rules = StatutoryClockRules.Default;
        return new DecisionLetterModel
        {
            Outcome = outcome,
            Authority = settings.Authority(),
            Family = new LetterRecipient("Mrs Siân Llŷr-Ørsted", "Dear Mrs Llŷr-Ørsted", ["Mrs Siân Llŷr-Ørsted", "14 Meadow Close", "Stevenage", "SG1 2AB"]),
            Child = new LetterChild("Ffion", "Llŷr-Ørsted", new DateOnly(2015, 3, 14)),
            CaseReference = "PR-2026-000123",
            LetterDate = letterDate,
            FamilyPreference = "Brookside Special School",
            Placement = outcome switch
            {
                LetterOutcome.AgreePreference => "Woodlands Academy Specialist Resource Provision",
                LetterOutcome.NameAnotherSetting or LetterOutcome.FinalPlanNotice or LetterOutcome.FinalAmendedPlanNotice => "Woodlands Academy Specialist Resource Provision",
                LetterOutcome.NameTypeAndConsult => "a specialist resource provision for communication and interaction",
                LetterOutcome.Decline => "Oakfield Primary School",
                _ => null,
            },
            PlacementIsType = outcome == LetterOutcome.NameTypeAndConsult,
            PlacementIsCurrent = outcome == LetterOutcome.Decline,
            Reasons = deferral
                ? "The panel could not yet see how Ffion's speech and language needs affect her learning, because the latest speech and language therapy advice has not arrived."
                : "The panel read the advice from Ffion's school, the speech and language therapist and the educational psychologist, and your views. Ffion's needs are mainly in communication and interaction. She learns well in small groups with visual support and time in a quiet space.",
            SectorProfileExplanation = deferral || outcome.IsNotice()
                ? null
                : "Ffion's level of need in communication and interaction (3 out of 4) is within what a specialist resource provision is designed for. Her other needs are at levels a mainstream school with specialist support can meet.",
            RefusedPreferences = namesInstead || planNotice || outcome == LetterOutcome.AgreePreference ? RefusedPreferences(outcome) : [],
            Mainstream = namesInstead || planNotice
                ? new MainstreamReasons(true, false, false, false, null, "Woodlands Academy is a mainstream school, and the resource base there gives Ffion the specialist help she needs for most of the day.")
                : null,
            NextSteps = outcome.IsNotice()
                ? []
                : deferral
                ? [new NextStep("We will ask the speech and language therapy service for their advice", null), new NextStep("The panel will look at the request again at its meeting", letterDate.AddDays(28))]
                : [new NextStep("We will send the setting Ffion's draft plan and ask whether it can meet her needs", null), new NextStep("We will send you the final plan naming the setting", letterDate.AddDays(28))],
            MissingEvidence = deferral ? ["Speech and language therapy advice", "Ffion's latest school report"] : [],
            NextDecision = deferral ? new NextDecision(letterDate.AddDays(28), AtPanel: true) : null,
            AppealRoute = outcome.Decides() ? AppealRoute.FinalPlan : AppealRoute.None,
            PlanDue = outcome.Decides() ? letterDate.AddDays(42) : null,
            NamedInPlan = planNotice ? "Woodlands Academy Specialist Resource Provision" : null,
            AppealDeadline = outcome.IsNotice() ? letterDate.AddMonths(rules.AppealMonths) : null,
            Rights = outcome.IsNotice() ? RightsOf(outcome, rules) : null,
            Mediation = settings.Mediation(),
            DisagreementResolution = settings.DisagreementResolution(),
            Sendiass = settings.Sendiass(),
            MediationContactPeriod = settings.Options.MediationContactPeriod,
            TribunalWebsite = settings.Options.TribunalWebsite,
            Officer = new OfficerContact("Amira Khan", "SEND Officer", settings.Options.Authority.Telephone, "amira.khan@example.gov.uk"),
        };
    }

    /// <summary>A letter with every placeholder filled, whatever it is for: what a template is checked against.</summary>
    public static DecisionLetterModel Complete(LetterSettings settings, DateOnly letterDate)
    {
        var rules = StatutoryClockRules.Default;
        return For(LetterOutcome.NameAnotherSetting, settings, letterDate) with
        {
            MissingEvidence = ["Speech and language therapy advice"],
            NextDecision = new NextDecision(letterDate.AddDays(28), AtPanel: true),
            NamedInPlan = "Woodlands Academy Specialist Resource Provision",
            AppealDeadline = letterDate.AddMonths(rules.AppealMonths),
            Rights = RightsOf(LetterOutcome.FinalPlanNotice, rules),
            Replaces = new ReplacedLetter("PR-2026-000123-L1", letterDate),
        };
    }

    /// <summary>The family's first choice refused under s.39, and an independent school outside s.41 refused under s.9.</summary>
    private static List<RefusedPreference> RefusedPreferences(LetterOutcome outcome) =>
    [
        new RefusedPreference(
            1,
            "Brookside Special School",
            "a maintained school",
            false,
            [
                new GroundConsidered(PreferenceGround.Unsuitable, true, "Brookside is designed for children whose learning needs are much greater than Ffion's; she would not have peers working at her level."),
                new GroundConsidered(PreferenceGround.IncompatibleWithEfficientEducationOfOthers, false, "The panel found nothing to suggest that Ffion attending would affect the education of other children."),
                new GroundConsidered(PreferenceGround.IncompatibleWithEfficientUseOfResources, false, "The panel did not rely on cost."),
            ],
            null),
        .. outcome == LetterOutcome.AgreePreference
            ? []
            : new[]
            {
                new RefusedPreference(
                    2,
                    "Swallowdale College",
                    "an independent school or college that is not approved under section 41",
                    true,
                    [],
                    new Section9Findings(true, false, 91000m, 18600m,
                        "Swallowdale could teach Ffion well, but a place costs almost five times as much as a place at Woodlands, which can meet her needs. That would be unreasonable public spending.")),
            },
    ];

    private static NoticeRights RightsOf(LetterOutcome notice, StatutoryClockRules rules)
    {
        var right = AppealRights.For(notice);
        return new NoticeRights(right.Decision, AppealRights.TimeLimit(rules), AppealRights.DateMoves(rules), AppealRights.MediationRule(right), AppealRights.CertificateWhetherOrNotYouMediate);
    }
}
