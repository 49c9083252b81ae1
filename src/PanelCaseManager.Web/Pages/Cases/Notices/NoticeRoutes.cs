using PanelCaseManager.Domain.Letters;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Web.Api;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases.Notices;

/// <summary>A notice as its page's URL names it, as the API names letters ("final-plan-notice").</summary>
internal static class NoticeRoutes
{
    public static LetterOutcome? FromRoute(string? route) =>
        LetterOutcomes.Notices.Cast<LetterOutcome?>().FirstOrDefault(n => LetterTemplatesApi.RouteName(n!.Value) == route);

    public static string Href(IUrlHelper url, Guid caseId, LetterOutcome notice) => url.To("/Cases/Notices/Notice", new { id = caseId, notice = LetterTemplatesApi.RouteName(notice) });
}
