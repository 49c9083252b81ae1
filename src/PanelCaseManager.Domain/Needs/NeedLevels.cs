namespace PanelCaseManager.Domain.Needs;

/// <summary>
/// What each level of need (0 to 4) in a broad area means, in one place: the request's needs step, the case's needs
/// and the sector profiles' ranges all say the same. The levels grade how much support beyond what every school
/// offers the child needs in that area; a sector profile states the range of levels it is designed for.
/// </summary>
public static class NeedLevels
{
    /// <summary>A short name for a level, for a label or a table: "3 – high".</summary>
    public static string Name(int level) => level switch
    {
        0 => "0 – none",
        1 => "1 – low",
        2 => "2 – moderate",
        3 => "3 – high",
        4 => "4 – very high",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"Levels of need run from {NeedsProfile.MinimumLevel} to {NeedsProfile.MaximumLevel}."),
    };

    /// <summary>What the level means for the child's support.</summary>
    public static string Description(int level) => level switch
    {
        0 => "No additional need in this area: what every school offers is enough.",
        1 => "Some need, met in a mainstream class with adjustments and support the school arranges (SEN support).",
        2 => "Need that takes targeted support most days, with advice from specialists, usually in a mainstream school.",
        3 => "Need that takes specialist teaching and support for much of the day, such as in a resource provision or special school.",
        4 => "Need that takes highly specialist, often one-to-one, support throughout the day, with specialist staff and facilities.",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"Levels of need run from {NeedsProfile.MinimumLevel} to {NeedsProfile.MaximumLevel}."),
    };

    /// <summary>Every level, lowest first.</summary>
    public static IReadOnlyList<int> All { get; } =
        Enumerable.Range(NeedsProfile.MinimumLevel, NeedsProfile.MaximumLevel - NeedsProfile.MinimumLevel + 1).ToList();
}
