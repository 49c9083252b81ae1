using System.Text.RegularExpressions;

namespace PanelCaseManager.Domain.Children;

/// <summary>
/// The DfE unique pupil number: a check letter then 12 characters (LA code, establishment, year, serial);
/// the last may be a letter in a temporary UPN.
/// </summary>
public sealed partial record UniquePupilNumber
{
    // The DfE check-letter table: the remainder 0–22 indexes these 23 letters (no I, O or S).
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out UniquePupilNumber? upn)
    {
        upn = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var candidate = text.Trim().ToUpperInvariant();
        if (!Shape().IsMatch(candidate) || candidate[0] != CheckLetterFor(candidate.AsSpan(1)))
        {
            return false;
        }

        upn = new UniquePupilNumber(candidate);
        return true;
    }

    public static UniquePupilNumber Parse(string text) =>
        TryParse(text, out var upn) ? upn! : throw new FormatException("A UPN is a check letter followed by 12 characters, and its check letter must match.");

    /// <summary>The check letter for the 12 characters after it (weights 2 to 13, modulo 23).</summary>
    public static char CheckLetterFor(ReadOnlySpan<char> twelveCharacters)
    {
        if (twelveCharacters.Length != 12)
        {
            throw new ArgumentException("A UPN has 12 characters after its check letter.", nameof(twelveCharacters));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = twelveCharacters[i];
            // A temporary UPN's final letter counts by its place in the check-letter table.
            var value = char.IsDigit(c) ? c - '0' : CheckLetters.IndexOf(c, StringComparison.Ordinal);
            sum += value * (i + 2);
        }

        return CheckLetters[sum % 23];
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$")]
    private static partial Regex Shape();
}
