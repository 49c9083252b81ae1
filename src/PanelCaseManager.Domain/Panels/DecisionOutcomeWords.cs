namespace PanelCaseManager.Domain.Panels;

/// <summary>
/// The words for each outcome a panel may decide, in one place: what was decided (a history, an auditor's list, a
/// sentence) and the choice as the chair's form offers it.
/// </summary>
public static class DecisionOutcomeWords
{
    /// <summary>What was decided, as a sentence starts: "The family's preference agreed".</summary>
    public static string Describe(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.AgreeFamilyPreference => "The family's preference agreed",
        DecisionOutcome.NameAnotherSetting => "Another setting named",
        DecisionOutcome.NameTypeAndConsult => "A type of provision named, settings to be consulted",
        DecisionOutcome.DeferForEvidence => "Deferred for more evidence",
        DecisionOutcome.Decline => "Declined",
        _ => outcome.ToString(),
    };

    /// <summary>What was decided, inside a sentence: "the family's preference agreed".</summary>
    public static string DescribeInSentence(this DecisionOutcome outcome)
    {
        var words = outcome.Describe();
        return char.ToLowerInvariant(words[0]) + words[1..];
    }

    /// <summary>The outcome as a choice the chair makes: "Agree the family's preference".</summary>
    public static string AsChoice(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.AgreeFamilyPreference => "Agree the family's preference",
        DecisionOutcome.NameAnotherSetting => "Name another setting",
        DecisionOutcome.NameTypeAndConsult => "Name a type of provision and consult settings",
        DecisionOutcome.DeferForEvidence => "Defer for more evidence",
        DecisionOutcome.Decline => "Decline the request",
        _ => outcome.ToString(),
    };
}
