namespace PanelCaseManager.Domain.Needs;

/// <summary>A SEN2-coded need with its rank: 1 is the primary need, 2 the secondary.</summary>
public sealed record RankedNeed(int Rank, string Code)
{
    public const int Primary = 1;
    public const int Secondary = 2;
}
