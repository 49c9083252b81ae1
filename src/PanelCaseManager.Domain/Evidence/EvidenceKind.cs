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

/// <summary>Whose views a record holds: the family's (parent, carer or young person) or the child's own voice.</summary>
public enum Voice
{
    Family,
    Child,
}
