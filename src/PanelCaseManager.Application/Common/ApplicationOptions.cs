using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Common;

/// <summary>Limits on placement requests ("PlacementRequests" in configuration).</summary>
public sealed class PlacementRequestOptions
{
    public const string Section = "PlacementRequests";

    public int MaximumPreferences { get; set; } = 3;
    public int MaximumAge { get; set; } = 25;
    public int MaximumReceivedYearsAgo { get; set; } = 2;

    public PlacementRequestRules ToRules() => new(MaximumPreferences, MaximumAge, MaximumReceivedYearsAgo);
}

/// <summary>How the pipeline watches itself ("Pipeline" in configuration).</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>A request slower than this is logged as a warning.</summary>
    public int SlowRequestBudgetMilliseconds { get; set; } = 500;
}
