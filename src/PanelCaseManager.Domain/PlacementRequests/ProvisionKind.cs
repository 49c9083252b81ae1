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

public static class ProvisionKindNames
{
    public static string Describe(this ProvisionKind kind) => kind switch
    {
        ProvisionKind.Mainstream => "a mainstream school",
        ProvisionKind.SpecialistResourceProvision => "a specialist resource provision (SRP) in a mainstream school",
        ProvisionKind.SendUnit => "a SEND unit in a mainstream school",
        ProvisionKind.PrimaryBehaviourService => "a Primary Behaviour Service place",
        ProvisionKind.EducationSupportCentre => "an Education Support Centre",
        ProvisionKind.SpecialSchool => "a special school",
        ProvisionKind.Independent => "an independent school",
        ProvisionKind.NonMaintainedSpecial => "a non-maintained special school",
        ProvisionKind.FurtherEducationCollege => "a further education college",
        _ => kind.ToString(),
    };
}
