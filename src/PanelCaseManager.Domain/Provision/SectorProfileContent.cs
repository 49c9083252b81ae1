using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;

namespace PanelCaseManager.Domain.Provision;

/// <summary>
/// What one version of a sector profile says: the primary needs (SEN2 codes) the sector serves, per broad area of need
/// the levels it is designed for, the co-occurring needs (SEN2 codes) it supports, and how it works, in words a family
/// can read.
/// A draft may be incomplete; <see cref="MissingForPublication"/> says what publishing needs.
/// </summary>
public sealed record SectorProfileContent
{
    public SectorProfileContent(
        string name,
        IEnumerable<string> servedNeeds,
        IEnumerable<AreaRange> ranges,
        IEnumerable<string> coOccurringNeeds,
        int? maximumClassSize,
        string? staffingRatio,
        string? curriculum,
        string? timeInMainstream,
        string? description)
    {
        ArgumentNullException.ThrowIfNull(servedNeeds);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(coOccurringNeeds);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("profile-name-required", "A sector profile needs the sector's name.");
        }

        if (maximumClassSize is < 1)
        {
            throw new DomainRuleException("class-size-invalid", "A class has at least one pupil.");
        }

        var list = ranges.ToList();
        foreach (var group in list.GroupBy(r => r.Area).Where(g => g.Count() > 1))
        {
            var stated = group.ToList();
            var overlapping = stated.Skip(1).Any(r => r.Levels.Overlaps(stated[0].Levels));
            throw new DomainRuleException(
                overlapping ? "ranges-overlap" : "area-stated-twice",
                $"{group.Key.Describe()} is given {stated.Count} ranges ({string.Join(" and ", stated.Select(r => r.Levels))}){(overlapping ? ", which overlap" : string.Empty)}: give one range per area.");
        }

        Name = name.Trim();
        Ranges = list.OrderBy(r => r.Area).ToList();
        ServedNeeds = Codes(servedNeeds);
        CoOccurringNeeds = Codes(coOccurringNeeds);
        MaximumClassSize = maximumClassSize;
        StaffingRatio = Clean(staffingRatio);
        Curriculum = Clean(curriculum);
        TimeInMainstream = Clean(timeInMainstream);
        Description = Clean(description);
    }

    public string Name { get; }

    /// <summary>
    /// SEN2 codes of the primary needs the sector is for: a child whose primary need is not among them is not matched
    /// to it, whatever their levels of need (a hearing-impairment school does not serve a physical disability).
    /// </summary>
    public IReadOnlyList<string> ServedNeeds { get; }

    /// <summary>At most one range per area, in the order of <see cref="BroadAreaOfNeed"/>.</summary>
    public IReadOnlyList<AreaRange> Ranges { get; }

    /// <summary>SEN2 codes of needs the sector supports alongside the needs it is designed for.</summary>
    public IReadOnlyList<string> CoOccurringNeeds { get; }

    public int? MaximumClassSize { get; }
    public string? StaffingRatio { get; }
    public string? Curriculum { get; }
    public string? TimeInMainstream { get; }

    /// <summary>The profile in plain words, for families.</summary>
    public string? Description { get; }

    /// <summary>Whether the sector serves a child whose primary need has this SEN2 code.</summary>
    public bool Serves(string primaryNeed) => ServedNeeds.Contains(primaryNeed.Trim().ToUpperInvariant(), StringComparer.Ordinal);

    /// <summary>The range stated for an area, or null when the profile states none.</summary>
    public LevelRange? RangeFor(BroadAreaOfNeed area) => Ranges.FirstOrDefault(r => r.Area == area)?.Levels;

    /// <summary>What must be filled in before this content can be published, by field name; empty when nothing is missing.</summary>
    public IReadOnlyList<(string Field, string Message)> MissingForPublication()
    {
        var missing = new List<(string, string)>();
        if (ServedNeeds.Count == 0)
        {
            missing.Add(("servedNeeds", "Choose the primary needs (SEN2) the sector serves."));
        }

        if (Ranges.Count == 0)
        {
            missing.Add(("areas", "State the levels of need the sector is designed for in at least one broad area of need."));
        }

        if (MaximumClassSize is null)
        {
            missing.Add(("maximumClassSize", "State the largest class size."));
        }

        if (StaffingRatio is null)
        {
            missing.Add(("staffingRatio", "State the staffing ratio."));
        }

        if (Curriculum is null)
        {
            missing.Add(("curriculum", "Describe the curriculum."));
        }

        if (TimeInMainstream is null)
        {
            missing.Add(("timeInMainstream", "Say how much time pupils spend in mainstream classes."));
        }

        if (Description is null)
        {
            missing.Add(("description", "Write the description that families read."));
        }

        return missing;
    }

    public bool Equals(SectorProfileContent? other) =>
        other is not null
        && Name == other.Name
        && ServedNeeds.SequenceEqual(other.ServedNeeds)
        && Ranges.SequenceEqual(other.Ranges)
        && CoOccurringNeeds.SequenceEqual(other.CoOccurringNeeds)
        && MaximumClassSize == other.MaximumClassSize
        && StaffingRatio == other.StaffingRatio
        && Curriculum == other.Curriculum
        && TimeInMainstream == other.TimeInMainstream
        && Description == other.Description;

    public override int GetHashCode() => HashCode.Combine(Name, ServedNeeds.Count, Ranges.Count, CoOccurringNeeds.Count, MaximumClassSize, Description);

    private static List<string> Codes(IEnumerable<string> codes) =>
        codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
