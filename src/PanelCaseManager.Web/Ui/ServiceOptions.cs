namespace PanelCaseManager.Web.Ui;

/// <summary>"Service" in configuration: what the service is called and whose it is, shown on every page.</summary>
internal sealed class ServiceOptions
{
    public const string Section = "Service";

    public string Name { get; set; } = "Placement panel case manager";

    /// <summary>The council that runs the service, named in the header and footer.</summary>
    public string Authority { get; set; } = "Example County Council";

    /// <summary>"Alpha" or "Beta" to show the phase banner; empty for a live service.</summary>
    public string? Phase { get; set; } = "Beta";

    /// <summary>Where users can tell the team what they think, linked from the phase banner when set.</summary>
    public string? FeedbackUrl { get; set; }
}
