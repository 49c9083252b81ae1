using PanelCaseManager.Application.Features.PlacementRequests;

namespace PanelCaseManager.Web.Ui;

/// <summary>The case pages' shared top: the identity bar naming the child and the case, and the sub-navigation.</summary>
public sealed record CaseTabs(GetPlacementRequest.Details Case, string Current)
{
    /// <summary>Where a case page leaves its tabs for the layout, which then offers skip links to the case's content.</summary>
    public const string SkipLinksKey = "CaseSkipLinks";

    public static readonly IReadOnlyList<(string Key, string Text, string Path)> All =
    [
        ("overview", "Overview", string.Empty),
        ("needs-and-preferences", "Needs and preferences", "/needs-and-preferences"),
        ("evidence", "Evidence", "/evidence"),
        ("advice", "Advice", "/advice"),
        ("views", "Views", "/views"),
        ("panel", "Panel", "/panel"),
        ("decision", "Decision", "/decision"),
        ("letters", "Letters", "/letters"),
        ("consultations", "Consultations", "/consultations"),
        ("deadlines", "Deadlines", "/deadlines"),
        ("history", "History", "/history"),
    ];
}
