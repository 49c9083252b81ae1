namespace PanelCaseManager.Domain.Timeliness;

/// <summary>A bank holiday in England and Wales: reference data an administrator keeps up to date.</summary>
public sealed class BankHoliday
{
    public const int TitleMaxLength = 100;

    private BankHoliday() => Title = string.Empty;

    public DateOnly Date { get; private set; }
    public string Title { get; private set; }

    public static BankHoliday Create(DateOnly date, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new BankHoliday { Date = date, Title = title.Trim() };
    }

    /// <summary>England and Wales, 2025 to 2028, as published by the government; the seed of the reference data.</summary>
    public static IReadOnlyList<BankHoliday> EnglandAndWales2025To2028 { get; } =
    [
        Create(new(2025, 1, 1), "New Year’s Day"), Create(new(2025, 4, 18), "Good Friday"), Create(new(2025, 4, 21), "Easter Monday"),
        Create(new(2025, 5, 5), "Early May bank holiday"), Create(new(2025, 5, 26), "Spring bank holiday"), Create(new(2025, 8, 25), "Summer bank holiday"),
        Create(new(2025, 12, 25), "Christmas Day"), Create(new(2025, 12, 26), "Boxing Day"),
        Create(new(2026, 1, 1), "New Year’s Day"), Create(new(2026, 4, 3), "Good Friday"), Create(new(2026, 4, 6), "Easter Monday"),
        Create(new(2026, 5, 4), "Early May bank holiday"), Create(new(2026, 5, 25), "Spring bank holiday"), Create(new(2026, 8, 31), "Summer bank holiday"),
        Create(new(2026, 12, 25), "Christmas Day"), Create(new(2026, 12, 28), "Boxing Day (substitute day)"),
        Create(new(2027, 1, 1), "New Year’s Day"), Create(new(2027, 3, 26), "Good Friday"), Create(new(2027, 3, 29), "Easter Monday"),
        Create(new(2027, 5, 3), "Early May bank holiday"), Create(new(2027, 5, 31), "Spring bank holiday"), Create(new(2027, 8, 30), "Summer bank holiday"),
        Create(new(2027, 12, 27), "Christmas Day (substitute day)"), Create(new(2027, 12, 28), "Boxing Day (substitute day)"),
        Create(new(2028, 1, 3), "New Year’s Day (substitute day)"), Create(new(2028, 4, 14), "Good Friday"), Create(new(2028, 4, 17), "Easter Monday"),
        Create(new(2028, 5, 1), "Early May bank holiday"), Create(new(2028, 5, 29), "Spring bank holiday"), Create(new(2028, 8, 28), "Summer bank holiday"),
        Create(new(2028, 12, 25), "Christmas Day"), Create(new(2028, 12, 26), "Boxing Day"),
    ];
}
