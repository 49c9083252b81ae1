namespace PanelCaseManager.Domain.Letters;

/// <summary>
/// What a letter to the family is written for, each with its own versioned template: one of the panel's outcomes
/// (a decision letter, domain.md "Panel"), or a notice of a decision the family can appeal to the Tribunal
/// (statutory-framework.md §3, CFA s.51(2)).
/// </summary>
public enum LetterOutcome
{
    AgreePreference,
    NameAnotherSetting,
    NameTypeAndConsult,
    DeferForEvidence,
    Decline,

    /// <summary>Sent with the final EHC plan naming the school or type (reg 14; CFA s.51(2)(c)).</summary>
    FinalPlanNotice,

    /// <summary>Sent with the final amended plan after a review or re-assessment, or for a phase transfer (reg 22, 18; CFA s.51(2)(c)).</summary>
    FinalAmendedPlanNotice,

    /// <summary>A decision not to carry out an EHC needs assessment (reg 5(3); CFA s.51(2)(a)).</summary>
    RefusalToAssessNotice,

    /// <summary>A decision not to issue a plan after an assessment (reg 10(3); CFA s.51(2)(b)).</summary>
    RefusalToIssueNotice,

    /// <summary>A decision not to carry out a re-assessment (CFA s.51(2)(d)).</summary>
    RefusalToReassessNotice,

    /// <summary>A decision not to amend the plan after a review or re-assessment (CFA s.51(2)(e)).</summary>
    RefusalToAmendNotice,

    /// <summary>A decision to cease to maintain the plan (reg 32; CFA s.51(2)(f)).</summary>
    CessationNotice,
}

/// <summary>The three grounds on which a family's preferred setting may be refused (CFA s.39(4), CoP 9.79).</summary>
public enum PreferenceGround
{
    Unsuitable,
    IncompatibleWithEfficientEducationOfOthers,
    IncompatibleWithEfficientUseOfResources,
}

public static class LetterOutcomes
{
    /// <summary>The letters written for the panel's outcomes.</summary>
    public static IReadOnlyList<LetterOutcome> DecisionLetters { get; } =
        [LetterOutcome.AgreePreference, LetterOutcome.NameAnotherSetting, LetterOutcome.NameTypeAndConsult, LetterOutcome.DeferForEvidence, LetterOutcome.Decline];

    /// <summary>The notices that carry the family's right of appeal, in the order of CFA s.51(2).</summary>
    public static IReadOnlyList<LetterOutcome> Notices { get; } =
    [
        LetterOutcome.RefusalToAssessNotice, LetterOutcome.RefusalToIssueNotice, LetterOutcome.FinalPlanNotice, LetterOutcome.RefusalToReassessNotice,
        LetterOutcome.RefusalToAmendNotice, LetterOutcome.FinalAmendedPlanNotice, LetterOutcome.CessationNotice,
    ];

    /// <summary>
    /// Whether the letter is a notice that carries the right of appeal, mediation and the last date to appeal. A
    /// panel's decision letter never does: it says when the right of appeal will arise (statutory-framework.md §3).
    /// </summary>
    public static bool IsNotice(this LetterOutcome outcome) => outcome >= LetterOutcome.FinalPlanNotice;

    /// <summary>A notice sent with the final plan or final amended plan, which names the school or type.</summary>
    public static bool IsPlanNotice(this LetterOutcome outcome) => outcome is LetterOutcome.FinalPlanNotice or LetterOutcome.FinalAmendedPlanNotice;

    /// <summary>A decision letter that decides something; a deferral decides nothing yet.</summary>
    public static bool Decides(this LetterOutcome outcome) => !outcome.IsNotice() && outcome != LetterOutcome.DeferForEvidence;

    public static string Describe(this LetterOutcome outcome) => outcome switch
    {
        LetterOutcome.AgreePreference => "Agree the family's preference",
        LetterOutcome.NameAnotherSetting => "Name another setting",
        LetterOutcome.NameTypeAndConsult => "Name a type of provision and consult settings",
        LetterOutcome.DeferForEvidence => "Defer for more evidence",
        LetterOutcome.Decline => "Decline the request",
        LetterOutcome.FinalPlanNotice => "Final EHC plan issued",
        LetterOutcome.FinalAmendedPlanNotice => "Final amended plan issued",
        LetterOutcome.RefusalToAssessNotice => "Refusal to assess",
        LetterOutcome.RefusalToIssueNotice => "Refusal to issue a plan",
        LetterOutcome.RefusalToReassessNotice => "Refusal to re-assess",
        LetterOutcome.RefusalToAmendNotice => "Refusal to amend the plan",
        LetterOutcome.CessationNotice => "Ceasing the plan",
        _ => outcome.ToString(),
    };

    /// <summary>The ground in plain English, as a family reads it in a letter.</summary>
    public static string Describe(this PreferenceGround ground) => ground switch
    {
        PreferenceGround.Unsuitable => "The setting is unsuitable for your child's age, ability, aptitude or special educational needs",
        PreferenceGround.IncompatibleWithEfficientEducationOfOthers => "Your child attending would not be compatible with the efficient education of the other children there",
        PreferenceGround.IncompatibleWithEfficientUseOfResources => "Your child attending would not be compatible with the efficient use of resources",
        _ => ground.ToString(),
    };
}
