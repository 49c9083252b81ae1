namespace PanelCaseManager.Domain.PlacementRequests;

public readonly record struct PlacementRequestId(Guid Value)
{
    public static PlacementRequestId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
