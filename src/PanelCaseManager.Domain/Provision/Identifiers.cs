namespace PanelCaseManager.Domain.Provision;

public readonly record struct SettingId(Guid Value)
{
    public static SettingId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct SectorId(Guid Value)
{
    public static SectorId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
