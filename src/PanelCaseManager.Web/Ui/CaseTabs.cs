using PanelCaseManager.Application.Features.PlacementRequests;

namespace PanelCaseManager.Web.Ui;

/// <summary>The case pages' shared top: the identity bar naming the child and the case, and the sub-navigation.</summary>
public sealed record CaseTabs(GetPlacementRequest.Details Case, string Current)
{
    /// <summary>Where a case page leaves its tabs for the layout, which then offers skip links to the case's content.</summary>
    public const string SkipLinksKey = "CaseSkipLinks";

    /// <summary>The case's tabs: each one's key, its name and the page it is (linked with asp-page, so under any path base).</summary>
    public static readonly IReadOnlyList<(string Key, string Text, string Page)> All =
    [
        ("overview", "Overview", "/Cases/Overview"),
        ("needs-and-preferences", "Needs and preferences", "/Cases/NeedsAndPreferences"),
        ("evidence", "Evidence", "/Cases/Evidence/Index"),
        ("advice", "Advice", "/Cases/Advice/Index"),
        ("views", "Views", "/Cases/Views/Index"),
        ("panel", "Panel", "/Cases/Panel"),
        ("decision", "Decision", "/Cases/Decision"),
        ("letters", "Letters", "/Cases/Letters"),
        ("consultations", "Consultations", "/Cases/Consultations"),
        ("appeals", "Mediation and appeals", "/Cases/Appeals/Index"),
        ("deadlines", "Deadlines", "/Cases/Deadlines"),
        ("history", "History", "/Cases/History"),
    ];

    /// <summary>The page of the tab with this key (a step of the case's progress names the tab it is done in).</summary>
    public static string PageOf(string key) =>
        All.FirstOrDefault(t => t.Key == key).Page ?? throw new ArgumentOutOfRangeException(nameof(key), key, "No case tab has this key.");
}
