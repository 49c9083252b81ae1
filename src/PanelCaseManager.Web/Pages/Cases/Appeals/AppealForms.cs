using Microsoft.AspNetCore.Mvc.ModelBinding;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Appeals;

/// <summary>What the appeal pages' forms share: dates read from three boxes, and the choices in words.</summary>
internal static class AppealForms
{
    public static DateOnly? Date(ModelStateDictionary modelState, DateParts parts, string field, string what)
    {
        if (parts.IsEmpty)
        {
            return null;
        }

        if (parts.TryGetDate(out var date))
        {
            return date;
        }

        modelState.AddModelError(field, $"{what} must be a real date, like 14 3 2026.");
        return null;
    }

    public static IReadOnlyList<Choice> Subjects { get; } =
        [.. Enum.GetValues<AppealSubject>().Select(s => new Choice(s.ToString(), s.Describe()))];

    public static IReadOnlyList<Choice> Positions { get; } =
        [.. Enum.GetValues<AppealPosition>().Select(p => new Choice(p.ToString(), p.Describe()))];

    public static IReadOnlyList<Choice> Outcomes { get; } =
        [.. Enum.GetValues<TribunalOutcome>().Select(o => new Choice(o.ToString(), o.Describe()))];
}
