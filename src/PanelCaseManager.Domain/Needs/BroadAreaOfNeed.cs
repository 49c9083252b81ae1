namespace PanelCaseManager.Domain.Needs;

/// <summary>The four broad areas of need of SEND Code of Practice 6.28.</summary>
public enum BroadAreaOfNeed
{
    CommunicationAndInteraction,
    CognitionAndLearning,
    SocialEmotionalAndMentalHealth,
    SensoryAndPhysical,
}

public static class BroadAreaOfNeedNames
{
    public static string Describe(this BroadAreaOfNeed area) => area switch
    {
        BroadAreaOfNeed.CommunicationAndInteraction => "Communication and interaction",
        BroadAreaOfNeed.CognitionAndLearning => "Cognition and learning",
        BroadAreaOfNeed.SocialEmotionalAndMentalHealth => "Social, emotional and mental health",
        BroadAreaOfNeed.SensoryAndPhysical => "Sensory and/or physical",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };
}
