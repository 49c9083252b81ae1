using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Web.Api;

namespace PanelCaseManager.Web.Pages.Admin.LetterTemplates;

/// <summary>The outcome a letter template page is about, named in its URL as the API names it ("name-another-setting").</summary>
internal static class TemplateOutcomes
{
    public static LetterOutcome? FromRoute(string? route) =>
        Enum.GetValues<LetterOutcome>().Cast<LetterOutcome?>().FirstOrDefault(o => LetterTemplatesApi.RouteName(o!.Value) == route);

    public static string Href(LetterOutcome outcome) => $"/admin/letter-templates/{LetterTemplatesApi.RouteName(outcome)}";
}
