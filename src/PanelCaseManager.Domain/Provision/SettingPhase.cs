namespace PanelCaseManager.Domain.Provision;

/// <summary>The phase of education a setting provides, as Get Information about Schools records it.</summary>
public enum SettingPhase
{
    Nursery,
    Primary,
    Secondary,
    AllThrough,
    Post16,
}

public static class ProvisionNames
{
    public static string Describe(this SettingPhase phase) => phase switch
    {
        SettingPhase.Nursery => "Nursery",
        SettingPhase.Primary => "Primary",
        SettingPhase.Secondary => "Secondary",
        SettingPhase.AllThrough => "All-through",
        SettingPhase.Post16 => "Post-16",
        _ => phase.ToString(),
    };

    public static string Describe(this PlacementRequests.ProvisionKind kind) => kind switch
    {
        PlacementRequests.ProvisionKind.Mainstream => "mainstream school",
        PlacementRequests.ProvisionKind.SpecialistResourceProvision => "specialist resource provision (SRP)",
        PlacementRequests.ProvisionKind.SendUnit => "SEND unit",
        PlacementRequests.ProvisionKind.PrimaryBehaviourService => "Primary Behaviour Service",
        PlacementRequests.ProvisionKind.EducationSupportCentre => "Education Support Centre",
        PlacementRequests.ProvisionKind.SpecialSchool => "special school",
        PlacementRequests.ProvisionKind.Independent => "independent school",
        PlacementRequests.ProvisionKind.NonMaintainedSpecial => "non-maintained special school",
        PlacementRequests.ProvisionKind.FurtherEducationCollege => "further education college",
        _ => kind.ToString(),
    };
}
