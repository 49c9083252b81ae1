using System.Globalization;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;

namespace PanelCaseManager.Domain.Provision;

/// <summary>The levels of need, on the 0–4 scale of <see cref="NeedsProfile"/>, that a sector is designed for in one broad area.</summary>
public sealed record LevelRange
{
    public LevelRange(int minimum, int maximum)
    {
        if (!NeedsProfile.IsValidLevel(minimum) || !NeedsProfile.IsValidLevel(maximum))
        {
            throw new DomainRuleException(
                "level-out-of-range",
                $"Levels of need run from {NeedsProfile.MinimumLevel} to {NeedsProfile.MaximumLevel}; {minimum}–{maximum} is outside that.");
        }

        if (minimum > maximum)
        {
            throw new DomainRuleException("level-range-inverted", $"A range runs from the lower level to the higher: {minimum}–{maximum} is the wrong way round.");
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    public int Minimum { get; }
    public int Maximum { get; }

    /// <summary>What an area the profile does not state means: no need in it is catered for.</summary>
    public static LevelRange NoneStated { get; } = new(NeedsProfile.MinimumLevel, NeedsProfile.MinimumLevel);

    public bool Contains(int level) => level >= Minimum && level <= Maximum;

    public bool Overlaps(LevelRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Minimum <= other.Maximum && other.Minimum <= Maximum;
    }

    public override string ToString() => Minimum == Maximum
        ? Minimum.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Minimum}–{Maximum}");
}

/// <summary>The range a sector profile states for one broad area of need.</summary>
public sealed record AreaRange(BroadAreaOfNeed Area, LevelRange Levels);
