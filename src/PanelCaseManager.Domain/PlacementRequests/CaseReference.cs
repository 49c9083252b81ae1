using System.Globalization;
using System.Text.RegularExpressions;

namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>The reference families and staff quote: "PR-2026-000123", numbered afresh each year.</summary>
public sealed partial record CaseReference
{
    private CaseReference(int year, int number)
    {
        Year = year;
        Number = number;
    }

    public int Year { get; }
    public int Number { get; }
    public string Value => string.Create(CultureInfo.InvariantCulture, $"PR-{Year:D4}-{Number:D6}");

    public static CaseReference Create(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return new CaseReference(year, number);
    }

    public static bool TryParse(string? text, out CaseReference? reference)
    {
        reference = null;
        var match = text is null ? null : Shape().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["number"].ValueSpan, CultureInfo.InvariantCulture);
        if (number < 1)
        {
            return false;
        }

        reference = new CaseReference(year, number);
        return true;
    }

    public static CaseReference Parse(string text) =>
        TryParse(text, out var reference) ? reference! : throw new FormatException($"'{text}' is not a case reference like PR-2026-000123.");

    public override string ToString() => Value;

    [GeneratedRegex("^PR-(?<year>[0-9]{4})-(?<number>[0-9]{6,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
