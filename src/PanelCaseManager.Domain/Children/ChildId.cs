namespace PanelCaseManager.Domain.Children;

public readonly record struct ChildId(Guid Value)
{
    public static ChildId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
