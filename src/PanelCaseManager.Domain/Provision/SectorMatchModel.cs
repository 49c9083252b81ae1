using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Provision;

/// <summary>How well a sector's published profile fits a child's needs; see <see cref="SectorMatch"/> for the rule.</summary>
public enum SectorFit
{
    Fits,
    PartlyFits,
    DoesNotFit,
}

/// <summary>How a child's level of need in one area compares with the range a profile states for it.</summary>
public enum AreaOutcome
{
    Within,
    Below,
    Above,

    /// <summary>Above the range, but the child's need there is a co-occurring need the sector supports.</summary>
    AboveButSupported,
}

public enum Locality
{
    Local,
    NotLocal,
    Unknown,
}

/// <summary>
/// What counts as local, from children's own words (domain.md): primary age, a walk or wheel; secondary, about
/// 20 minutes' drive. Distances are estimated from the straight line times <see cref="RoadDistanceFactor"/>.
/// </summary>
public sealed record LocalityRules(
    double PrimaryWalkOrWheelKilometres,
    int SecondaryDriveMinutes,
    double AssumedDrivingSpeedKph,
    double RoadDistanceFactor);

/// <summary>What the match needs to know about the child: needs, school year and home.</summary>
public sealed record MatchChild(NeedsProfile Levels, IReadOnlyList<RankedNeed> Needs, SchoolYear Year, HomeLocation? Home);

public sealed record AreaVerdict(BroadAreaOfNeed Area, int ChildLevel, LevelRange? StatedRange, AreaOutcome Outcome, string Reason);

/// <summary>A sector judged against the child, naming the profile version the judgement rests on.</summary>
/// <param name="ServesPrimaryNeed">Whether the profile serves the child's primary need; null when the child has no recorded primary need.</param>
public sealed record SectorVerdict(
    SectorId SectorId,
    string Code,
    string Name,
    ProvisionKind Kind,
    int ProfileVersion,
    SectorFit Fit,
    string Summary,
    IReadOnlyList<AreaVerdict> Areas,
    bool? ServesPrimaryNeed);

/// <summary>How far a setting is from the child's home and whether that is local for a child of their age.</summary>
public sealed record LocalityAssessment(
    Locality Locality,
    double? StraightLineKilometres,
    double? EstimatedRouteKilometres,
    int? EstimatedDriveMinutes,
    string Explanation);

public sealed record CandidateSetting(Setting Setting, SectorVerdict Sector, LocalityAssessment Locality, IReadOnlyList<string> Flags);

/// <summary>One of the family's preferences, and how it stands against the profiles and the catalogue.</summary>
public sealed record PreferenceMatch(
    Preference Preference,
    bool Matched,
    Setting? Setting,
    SectorVerdict? Sector,
    IReadOnlyList<SectorVerdict> SectorsOfKind,
    LocalityAssessment? Locality,
    string Explanation);

public sealed record SectorMatchResult(
    IReadOnlyList<SectorVerdict> Sectors,
    IReadOnlyList<CandidateSetting> Candidates,
    int CandidatesFound,
    IReadOnlyList<PreferenceMatch> Preferences,
    IReadOnlyList<string> Notes);
