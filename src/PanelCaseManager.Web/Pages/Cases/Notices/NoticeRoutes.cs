using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Web.Api;

namespace PanelCaseManager.Web.Pages.Cases.Notices;

/// <summary>A notice as its page's URL names it, as the API names letters ("final-plan-notice").</summary>
internal static class NoticeRoutes
{
    public static LetterOutcome? FromRoute(string? route) =>
        LetterOutcomes.Notices.Cast<LetterOutcome?>().FirstOrDefault(n => LetterTemplatesApi.RouteName(n!.Value) == route);

    public static string Href(Guid caseId, LetterOutcome notice) => $"/cases/{caseId}/notices/{LetterTemplatesApi.RouteName(notice)}";
}
