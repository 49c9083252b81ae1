namespace PanelCaseManager.Domain.PlacementRequests;

public enum PreferenceKind
{
    NamedSetting,
    TypeOfProvision,
}

/// <summary>
/// A setting, or a type of provision, the family asks for, ranked 1 (first choice) upwards, with their reasons.
/// </summary>
public sealed record Preference(
    int Rank,
    PreferenceKind Kind,
    string? SettingName,
    string? SettingUrn,
    ProvisionKind? ProvisionKind,
    string Reasons)
{
    /// <summary>Two preferences are the same choice when they name the same setting or the same type.</summary>
    public bool IsSameChoiceAs(Preference other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            PreferenceKind.TypeOfProvision => ProvisionKind == other.ProvisionKind,
            _ => (SettingUrn is not null && SettingUrn == other.SettingUrn)
                 || string.Equals(SettingName?.Trim(), other.SettingName?.Trim(), StringComparison.OrdinalIgnoreCase),
        };
    }

    public string Describe() => Kind == PreferenceKind.NamedSetting
        ? SettingName ?? SettingUrn ?? "a named setting"
        : ProvisionKind?.Describe() ?? "a type of provision";
}
