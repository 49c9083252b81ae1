using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Ui;

/// <summary>The choices of the administrator's user forms.</summary>
internal static class UserForm
{
    public static IReadOnlyList<Choice> RoleChoices(bool includeAny) =>
        [.. includeAny ? [new Choice(string.Empty, "Any role")] : Array.Empty<Choice>(), .. Enum.GetValues<Role>().Select(r => new Choice(r.ToString(), r.Describe()))];

    public static IReadOnlyList<Choice> AgencyChoices { get; } =
        [new(string.Empty, "None"), .. Enum.GetValues<Agency>().Select(a => new Choice(a.ToString(), a.Title()))];

    public static Role? RoleOf(string? value) => FormEnum.Parse<Role>(value);

    public static Agency? AgencyOf(string? value) => FormEnum.Parse<Agency>(value);

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
