namespace PanelCaseManager.Domain.Letters;

/// <summary>The panel outcomes a decision letter is written for; each has its own template (domain.md, "Panel").</summary>
public enum LetterOutcome
{
    AgreePreference,
    NameAnotherSetting,
    NameTypeAndConsult,
    DeferForEvidence,
    Decline,
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
    /// <summary>
    /// Outcomes that decide the placement and so carry the right of appeal, mediation and its deadline. A deferral
    /// decides nothing yet: its letter says what is missing and what happens next.
    /// </summary>
    public static bool CarriesAppealRights(this LetterOutcome outcome) => outcome != LetterOutcome.DeferForEvidence;

    public static string Describe(this LetterOutcome outcome) => outcome switch
    {
        LetterOutcome.AgreePreference => "Agree the family's preference",
        LetterOutcome.NameAnotherSetting => "Name another setting",
        LetterOutcome.NameTypeAndConsult => "Name a type of provision and consult settings",
        LetterOutcome.DeferForEvidence => "Defer for more evidence",
        LetterOutcome.Decline => "Decline the request",
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
