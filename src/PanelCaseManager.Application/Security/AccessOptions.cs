namespace PanelCaseManager.Application.Security;

/// <summary>How long access lasts ("Access" in configuration).</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Days after a meeting during which its members and chair can still read its cases' papers, views and decisions
    /// (28: time for the chair's sign-off and a correction; 0 means until the end of the meeting day).
    /// </summary>
    public int PanelPapersDaysAfterMeeting { get; set; } = 28;

    public const int MaximumPanelPapersDaysAfterMeeting = 366;
}
