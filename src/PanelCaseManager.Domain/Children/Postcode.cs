using System.Text.RegularExpressions;

namespace PanelCaseManager.Domain.Children;

/// <summary>A UK postcode, stored in its canonical form ("SG1 1AA").</summary>
public sealed partial record Postcode
{
    private Postcode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Postcode? postcode)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!Shape().IsMatch(compact))
        {
            return false;
        }

        postcode = new Postcode($"{compact[..^3]} {compact[^3..]}");
        return true;
    }

    public static Postcode Parse(string text) =>
        TryParse(text, out var postcode) ? postcode! : throw new FormatException($"'{text}' is not a UK postcode.");

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex Shape();
}
