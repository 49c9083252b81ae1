namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>Fictional demonstration data for the embedded default ("DemoData" in configuration).</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Load the personas and fictional cases into an empty database at start-up.</summary>
    public bool Enabled { get; set; }

    public int Cases { get; set; } = 60;
}
