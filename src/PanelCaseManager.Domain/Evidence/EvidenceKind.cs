namespace PanelCaseManager.Domain.Evidence;

/// <summary>What a piece of evidence is.</summary>
public enum EvidenceKind
{
    AgencyAdvice,
    SchoolReport,
    Assessment,
    AnnualReviewReport,
    EhcPlan,
    FamilyContribution,
    ChildContribution,
    Other,
}

public static class EvidenceKinds
{
    public static string Describe(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.AgencyAdvice => "agency advice",
        EvidenceKind.SchoolReport => "school report",
        EvidenceKind.Assessment => "assessment",
        EvidenceKind.AnnualReviewReport => "annual review report",
        EvidenceKind.EhcPlan => "EHC plan",
        EvidenceKind.FamilyContribution => "the family's contribution",
        EvidenceKind.ChildContribution => "the child's contribution",
        _ => "other evidence",
    };
}

/// <summary>Whose views a record holds: the family's (parent, carer or young person) or the child's own voice.</summary>
public enum Voice
{
    Family,
    Child,
}
