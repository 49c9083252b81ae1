namespace PanelCaseManager.Web.Ui;

/// <summary>
/// An enum's value as a form or query posts it: by its name only. <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
/// alone also accepts a number ("3", "-1"), a list ("A,B") and names padded with spaces, and any number parses even
/// where no value has it — so every page reads its choices through here, and what is not one of the names is null.
/// </summary>
public static class FormEnum
{
    public static TEnum? Parse<TEnum>(string? value, bool ignoreCase = false)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiLetter(value[0]) || !value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        return Enum.TryParse<TEnum>(value, ignoreCase, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }
}
