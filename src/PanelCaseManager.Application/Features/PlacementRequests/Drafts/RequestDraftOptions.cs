namespace PanelCaseManager.Application.Features.PlacementRequests.Drafts;

/// <summary>How long an unfinished request is kept ("RequestDrafts" in configuration).</summary>
public sealed class RequestDraftOptions
{
    public const string Section = "RequestDrafts";

    /// <summary>A draft untouched for this many days is deleted, with the child's details in it.</summary>
    public int LifetimeDays { get; set; } = 30;
}
