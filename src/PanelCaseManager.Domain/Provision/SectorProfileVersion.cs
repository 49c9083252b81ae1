using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Provision;

/// <summary>Where a version of a sector profile is in its life: drafted, then published, then retired.</summary>
public enum ProfileStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>
/// One version of a sector profile. Only a draft changes; once published its content is fixed for good, so that a
/// decision made against it can always be read back as it was.
/// </summary>
public sealed class SectorProfileVersion
{
    // One column pair per broad area: a range is null when the profile states none for that area.
    private int? _communicationAndInteractionMinimum;
    private int? _communicationAndInteractionMaximum;
    private int? _cognitionAndLearningMinimum;
    private int? _cognitionAndLearningMaximum;
    private int? _socialEmotionalAndMentalHealthMinimum;
    private int? _socialEmotionalAndMentalHealthMaximum;
    private int? _sensoryAndPhysicalMinimum;
    private int? _sensoryAndPhysicalMaximum;
    private SectorProfileContent? _content;

    private SectorProfileVersion()
    {
        Name = string.Empty;
        ServedNeeds = [];
        CoOccurringNeeds = [];
    }

    internal SectorProfileVersion(int number, SectorProfileContent content, UserId by, DateTimeOffset at)
        : this()
    {
        Number = number;
        Status = ProfileStatus.Draft;
        CreatedBy = by;
        CreatedAt = at;
        Write(content, at);
    }

    public int Number { get; private set; }
    public ProfileStatus Status { get; private set; }
    public string Name { get; private set; }

    /// <summary>SEN2 codes of the primary needs the sector serves (stored like <see cref="CoOccurringNeeds"/>).</summary>
    public IReadOnlyList<string> ServedNeeds { get; private set; }

    public IReadOnlyList<string> CoOccurringNeeds { get; private set; }
    public int? MaximumClassSize { get; private set; }
    public string? StaffingRatio { get; private set; }
    public string? Curriculum { get; private set; }
    public string? TimeInMainstream { get; private set; }
    public string? Description { get; private set; }
    public UserId CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastEditedAt { get; private set; }
    public UserId? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public UserId? RetiredBy { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>The content of this version as one value.</summary>
    public SectorProfileContent Content => _content ??= new SectorProfileContent(
        Name,
        ServedNeeds,
        Enum.GetValues<BroadAreaOfNeed>().Select(a => RangeFor(a) is { } r ? new AreaRange(a, r) : null).OfType<AreaRange>(),
        CoOccurringNeeds,
        MaximumClassSize,
        StaffingRatio,
        Curriculum,
        TimeInMainstream,
        Description);

    public LevelRange? RangeFor(BroadAreaOfNeed area)
    {
        var (minimum, maximum) = area switch
        {
            BroadAreaOfNeed.CommunicationAndInteraction => (_communicationAndInteractionMinimum, _communicationAndInteractionMaximum),
            BroadAreaOfNeed.CognitionAndLearning => (_cognitionAndLearningMinimum, _cognitionAndLearningMaximum),
            BroadAreaOfNeed.SocialEmotionalAndMentalHealth => (_socialEmotionalAndMentalHealthMinimum, _socialEmotionalAndMentalHealthMaximum),
            BroadAreaOfNeed.SensoryAndPhysical => (_sensoryAndPhysicalMinimum, _sensoryAndPhysicalMaximum),
            _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
        };
        return minimum is { } min && maximum is { } max ? new LevelRange(min, max) : null;
    }

    internal void Write(SectorProfileContent content, DateTimeOffset at)
    {
        _content = content;
        Name = content.Name;
        ServedNeeds = content.ServedNeeds.ToList();
        CoOccurringNeeds = content.CoOccurringNeeds.ToList();
        MaximumClassSize = content.MaximumClassSize;
        StaffingRatio = content.StaffingRatio;
        Curriculum = content.Curriculum;
        TimeInMainstream = content.TimeInMainstream;
        Description = content.Description;
        (_communicationAndInteractionMinimum, _communicationAndInteractionMaximum) = Bounds(content.RangeFor(BroadAreaOfNeed.CommunicationAndInteraction));
        (_cognitionAndLearningMinimum, _cognitionAndLearningMaximum) = Bounds(content.RangeFor(BroadAreaOfNeed.CognitionAndLearning));
        (_socialEmotionalAndMentalHealthMinimum, _socialEmotionalAndMentalHealthMaximum) = Bounds(content.RangeFor(BroadAreaOfNeed.SocialEmotionalAndMentalHealth));
        (_sensoryAndPhysicalMinimum, _sensoryAndPhysicalMaximum) = Bounds(content.RangeFor(BroadAreaOfNeed.SensoryAndPhysical));
        LastEditedAt = at;
    }

    internal void MarkPublished(UserId by, DateTimeOffset at)
    {
        Status = ProfileStatus.Published;
        PublishedBy = by;
        PublishedAt = at;
    }

    internal void MarkRetired(UserId by, DateTimeOffset at)
    {
        Status = ProfileStatus.Retired;
        RetiredBy = by;
        RetiredAt = at;
    }

    private static (int?, int?) Bounds(LevelRange? range) => range is null ? (null, null) : (range.Minimum, range.Maximum);
}
