using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>What the appeal pages' forms share: the choices in words.</summary>
internal static class AppealForms
{
    public static IReadOnlyList<Choice> Subjects { get; } =
        [.. Enum.GetValues<AppealSubject>().Select(s => new Choice(s.ToString(), s.Describe()))];

    public static IReadOnlyList<Choice> Positions { get; } =
        [.. Enum.GetValues<AppealPosition>().Select(p => new Choice(p.ToString(), p.Describe()))];

    public static IReadOnlyList<Choice> Outcomes { get; } =
        [.. Enum.GetValues<TribunalOutcome>().Select(o => new Choice(o.ToString(), o.Describe()))];
}
