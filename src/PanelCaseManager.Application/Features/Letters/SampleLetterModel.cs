using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// A fictional decision for previewing a template: every field filled, with a Welsh name and accented letters so
/// that an administrator sees the wording as a family would. The configured contacts are the real ones.
/// </summary>
public static class SampleLetterModel
{
    public static DecisionLetterModel For(LetterOutcome outcome, LetterSettings settings, DateOnly letterDate)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var refusal = outcome is LetterOutcome.NameAnotherSetting or LetterOutcome.NameTypeAndConsult or LetterOutcome.Decline;
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
                LetterOutcome.AgreePreference => "Brookside Special School",
                LetterOutcome.NameAnotherSetting => "Woodlands Academy Specialist Resource Provision",
                LetterOutcome.NameTypeAndConsult => "a specialist resource provision for communication and interaction",
                LetterOutcome.Decline => "Oakfield Primary School",
                _ => null,
            },
            PlacementIsType = outcome == LetterOutcome.NameTypeAndConsult,
            Reasons = outcome == LetterOutcome.DeferForEvidence
                ? "The panel could not yet see how Ffion's speech and language needs affect her learning, because the latest speech and language therapy advice has not arrived."
                : "The panel read the advice from Ffion's school, the speech and language therapist and the educational psychologist, and your views. Ffion's needs are mainly in communication and interaction. She learns well in small groups with visual support and time in a quiet space.",
            SectorProfileExplanation = outcome == LetterOutcome.DeferForEvidence
                ? null
                : "Ffion's level of need in communication and interaction (3 out of 4) is within what a specialist resource provision is designed for. Her other needs are at levels a mainstream school with specialist support can meet.",
            Grounds = refusal
                ?
                [
                    new GroundConsidered(PreferenceGround.Unsuitable, true, "Brookside is designed for children whose learning needs are much greater than Ffion's; she would not have peers working at her level."),
                    new GroundConsidered(PreferenceGround.IncompatibleWithEfficientEducationOfOthers, false, "The panel found nothing to suggest that Ffion attending would affect the education of other children."),
                    new GroundConsidered(PreferenceGround.IncompatibleWithEfficientUseOfResources, false, "The panel did not rely on cost."),
                ]
                : [],
            NextSteps = outcome == LetterOutcome.DeferForEvidence
                ? [new NextStep("We will ask the speech and language therapy service for their advice", null), new NextStep("The panel will look at Ffion's case again", letterDate.AddDays(28))]
                : [new NextStep("We will send the setting Ffion's draft plan and ask whether it can meet her needs", null), new NextStep("We will send you the final plan naming the setting", letterDate.AddDays(28))],
            MissingEvidence = outcome == LetterOutcome.DeferForEvidence ? ["Speech and language therapy advice", "Ffion's latest school report"] : [],
            AppealDeadline = outcome.CarriesAppealRights() ? letterDate.AddMonths(2) : null,
            Mediation = settings.Mediation(),
            DisagreementResolution = settings.DisagreementResolution(),
            Sendiass = settings.Sendiass(),
            MediationContactPeriod = settings.Options.MediationContactPeriod,
            TribunalWebsite = settings.Options.TribunalWebsite,
            Officer = new OfficerContact("Amira Khan", "SEND Officer", settings.Options.Authority.Telephone, "amira.khan@example.gov.uk"),
        };
    }
}
