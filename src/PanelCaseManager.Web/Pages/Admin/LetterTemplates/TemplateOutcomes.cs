using PanelCaseManager.Domain.Letters;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Web.Api;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.LetterTemplates;

/// <summary>The outcome a letter template page is about, named in its URL as the API names it ("name-another-setting").</summary>
internal static class TemplateOutcomes
{
    public static LetterOutcome? FromRoute(string? route) =>
        Enum.GetValues<LetterOutcome>().Cast<LetterOutcome?>().FirstOrDefault(o => LetterTemplatesApi.RouteName(o!.Value) == route);

    public static string Href(IUrlHelper url, LetterOutcome outcome) => url.To("/Admin/LetterTemplates/Template", new { outcome = LetterTemplatesApi.RouteName(outcome) });

    public static string VersionHref(IUrlHelper url, LetterOutcome outcome, int version) =>
        url.To("/Admin/LetterTemplates/TemplateVersion", new { outcome = LetterTemplatesApi.RouteName(outcome), version });
}
