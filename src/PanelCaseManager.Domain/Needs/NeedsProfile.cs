using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Domain.Needs;

/// <summary>The child's level of need, 0 (none) to 4 (highest), in each broad area of need.</summary>
public sealed record NeedsProfile
{
    public const int MinimumLevel = 0;
    public const int MaximumLevel = 4;

    public NeedsProfile(int communicationAndInteraction, int cognitionAndLearning, int socialEmotionalAndMentalHealth, int sensoryAndPhysical)
    {
        CommunicationAndInteraction = Guard(communicationAndInteraction, BroadAreaOfNeed.CommunicationAndInteraction);
        CognitionAndLearning = Guard(cognitionAndLearning, BroadAreaOfNeed.CognitionAndLearning);
        SocialEmotionalAndMentalHealth = Guard(socialEmotionalAndMentalHealth, BroadAreaOfNeed.SocialEmotionalAndMentalHealth);
        SensoryAndPhysical = Guard(sensoryAndPhysical, BroadAreaOfNeed.SensoryAndPhysical);
    }

    public int CommunicationAndInteraction { get; private init; }
    public int CognitionAndLearning { get; private init; }
    public int SocialEmotionalAndMentalHealth { get; private init; }
    public int SensoryAndPhysical { get; private init; }

    public int LevelIn(BroadAreaOfNeed area) => area switch
    {
        BroadAreaOfNeed.CommunicationAndInteraction => CommunicationAndInteraction,
        BroadAreaOfNeed.CognitionAndLearning => CognitionAndLearning,
        BroadAreaOfNeed.SocialEmotionalAndMentalHealth => SocialEmotionalAndMentalHealth,
        BroadAreaOfNeed.SensoryAndPhysical => SensoryAndPhysical,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public static bool IsValidLevel(int level) => level is >= MinimumLevel and <= MaximumLevel;

    private static int Guard(int level, BroadAreaOfNeed area) =>
        IsValidLevel(level)
            ? level
            : throw new DomainRuleException("need-level-out-of-range", $"{area.Describe()} level {level} is outside {MinimumLevel}–{MaximumLevel}.");
}
