using System.Globalization;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Domain.Provision;

/// <summary>
/// An amount in pounds sterling, held as whole pence so that it is exact and can be compared and ordered in SQL
/// on every database provider (see docs/adr/0101).
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private Money(long pence) => Pence = pence;

    public long Pence { get; }

    public decimal Pounds => Pence / 100m;

    public static Money Zero { get; } = new(0);

    public static Money FromPence(long pence) =>
        pence >= 0 ? new Money(pence) : throw new DomainRuleException("money-negative", "An amount of money cannot be negative.");

    /// <summary>Pounds with at most two decimal places (whole pence).</summary>
    public static Money FromPounds(decimal pounds)
    {
        if (pounds < 0)
        {
            throw new DomainRuleException("money-negative", "An amount of money cannot be negative.");
        }

        var pence = pounds * 100m;
        if (pence != decimal.Truncate(pence))
        {
            throw new DomainRuleException("money-fractional-pence", $"{pounds.ToString(CultureInfo.InvariantCulture)} is not a whole number of pence.");
        }

        return new Money(decimal.ToInt64(pence));
    }

    /// <summary>Whether the amount has at most two decimal places; any decimal can be asked, however large (nothing is multiplied).</summary>
    public static bool IsWholePence(decimal pounds) => decimal.Round(pounds, 2) == pounds;

    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public override string ToString() => Pounds.ToString("£#,##0.00", CultureInfo.GetCultureInfo("en-GB"));
}
