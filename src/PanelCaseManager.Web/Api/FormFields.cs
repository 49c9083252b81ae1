using System.Globalization;
using Microsoft.Extensions.Primitives;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Api;

/// <summary>Reads the text fields of a multipart form, collecting a message for each one that does not parse.</summary>
internal sealed class FormFields(IFormCollection form)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public string? Text(string name) => Value(name) is { Length: > 0 } value ? value : null;

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (FormEnum.Parse<TEnum>(value, ignoreCase: true) is { } parsed)
        {
            return parsed;
        }

        Errors[name] = [$"Use one of {string.Join(", ", System.Enum.GetNames<TEnum>())}."];
        return null;
    }

    public DateOnly? Date(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors[name] = ["Enter a date in the form 2026-01-31."];
        return null;
    }

    public Guid? Id(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        Errors[name] = ["Enter an id like 0192b1c4-7e55-7a8e-9c55-1c2f6d1e0a3b."];
        return null;
    }

    public int? Int(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Errors[name] = ["Enter a whole number, like 0."];
        return null;
    }

    private string? Value(string name) =>
        form.TryGetValue(name, out var values) && values != StringValues.Empty ? values.ToString().Trim() : null;
}
