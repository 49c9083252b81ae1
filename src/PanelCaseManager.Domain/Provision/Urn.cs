using System.Text.RegularExpressions;

namespace PanelCaseManager.Domain.Provision;

/// <summary>The unique reference number of an establishment in Get Information about Schools: 6 or 7 digits.</summary>
public sealed partial record Urn
{
    private Urn(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Urn? urn)
    {
        urn = null;
        var candidate = text?.Trim();
        if (candidate is null || !Shape().IsMatch(candidate))
        {
            return false;
        }

        urn = new Urn(candidate);
        return true;
    }

    public static Urn Parse(string text) =>
        TryParse(text, out var urn) ? urn! : throw new FormatException($"'{text}' is not a URN: a URN is 6 or 7 digits.");

    public override string ToString() => Value;

    [GeneratedRegex("^[0-9]{6,7}$")]
    private static partial Regex Shape();
}
