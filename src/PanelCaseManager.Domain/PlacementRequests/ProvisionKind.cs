namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>The kinds of provision on the local continuum, from mainstream to independent.</summary>
public enum ProvisionKind
{
    Mainstream,
    SpecialistResourceProvision,
    SendUnit,
    PrimaryBehaviourService,
    EducationSupportCentre,
    SpecialSchool,
    Independent,
    NonMaintainedSpecial,
    FurtherEducationCollege,
}
