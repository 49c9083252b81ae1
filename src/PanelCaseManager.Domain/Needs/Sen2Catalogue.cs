namespace PanelCaseManager.Domain.Needs;

/// <summary>A type of primary need as coded in the DfE SEN2 return.</summary>
public sealed record Sen2Need(string Code, string Description, BroadAreaOfNeed Area);

/// <summary>The SEN2 primary-need codes in force; reference data that changes when the DfE changes the return.</summary>
public sealed class Sen2Catalogue
{
    private readonly Dictionary<string, Sen2Need> _byCode;

    public Sen2Catalogue(IEnumerable<Sen2Need> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        _byCode = needs.ToDictionary(n => n.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The codes of the 2025 SEN2 return, including DS (Down syndrome), new that year.</summary>
    public static Sen2Catalogue England2025 { get; } = new(
    [
        new("SPLD", "Specific learning difficulty", BroadAreaOfNeed.CognitionAndLearning),
        new("MLD", "Moderate learning difficulty", BroadAreaOfNeed.CognitionAndLearning),
        new("SLD", "Severe learning difficulty", BroadAreaOfNeed.CognitionAndLearning),
        new("PMLD", "Profound and multiple learning difficulty", BroadAreaOfNeed.CognitionAndLearning),
        new("SEMH", "Social, emotional and mental health", BroadAreaOfNeed.SocialEmotionalAndMentalHealth),
        new("SLCN", "Speech, language and communication needs", BroadAreaOfNeed.CommunicationAndInteraction),
        new("HI", "Hearing impairment", BroadAreaOfNeed.SensoryAndPhysical),
        new("VI", "Vision impairment", BroadAreaOfNeed.SensoryAndPhysical),
        new("MSI", "Multi-sensory impairment", BroadAreaOfNeed.SensoryAndPhysical),
        new("PD", "Physical disability", BroadAreaOfNeed.SensoryAndPhysical),
        new("ASD", "Autistic spectrum disorder", BroadAreaOfNeed.CommunicationAndInteraction),
        new("DS", "Down syndrome", BroadAreaOfNeed.CognitionAndLearning),
        new("OTH", "Other difficulty or disability", BroadAreaOfNeed.CognitionAndLearning),
    ]);

    public IReadOnlyCollection<Sen2Need> All => _byCode.Values;

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public Sen2Need Get(string code) =>
        _byCode.TryGetValue(code, out var need) ? need : throw new KeyNotFoundException($"'{code}' is not a SEN2 need code.");
}
