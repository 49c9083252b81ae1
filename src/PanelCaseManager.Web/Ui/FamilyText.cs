using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Web.Ui;

/// <summary>How the family's pages name things, for someone who is not a professional.</summary>
internal static class FamilyText
{
    public static string RequestFor(string childName) => $"{Possessive(childName)} request";

    public static string Possessive(string name) =>
        string.IsNullOrEmpty(name) ? name : name.EndsWith('s') ? name + "'" : name + "'s";

    public static string Describe(this Voice voice) => voice switch
    {
        Voice.Family => "Your views, as a parent or carer",
        Voice.Child => "Your child's own views",
        _ => voice.ToString(),
    };

    public static string Describe(this PreferenceKind kind) => kind switch
    {
        PreferenceKind.NamedSetting => "A named school or setting",
        PreferenceKind.TypeOfProvision => "A type of school or provision",
        _ => kind.ToString(),
    };

    /// <summary>A notice as a family's list of letters names it.</summary>
    public static string NoticeTitle(LetterOutcome notice) => notice switch
    {
        LetterOutcome.FinalPlanNotice => "Notice with the final EHC plan",
        LetterOutcome.FinalAmendedPlanNotice => "Notice with the final amended EHC plan",
        LetterOutcome.RefusalToAssessNotice => "Notice: we will not assess your child's needs",
        LetterOutcome.RefusalToIssueNotice => "Notice: we will not issue an EHC plan",
        LetterOutcome.RefusalToReassessNotice => "Notice: we will not assess your child's needs again",
        LetterOutcome.RefusalToAmendNotice => "Notice: we will not change the plan",
        LetterOutcome.CessationNotice => "Notice: we will stop the plan",
        _ => "Letter",
    };
}
