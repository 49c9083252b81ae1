namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>Limits a request must keep; set from configuration, with these defaults.</summary>
public sealed record PlacementRequestRules(int MaximumPreferences = 3, int MaximumAge = 25, int MaximumReceivedYearsAgo = 2);
