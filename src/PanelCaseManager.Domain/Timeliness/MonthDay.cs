using System.Globalization;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>A day of the year without a year, such as 15 February; it must exist in every year (so not 29 February).</summary>
public readonly record struct MonthDay
{
    public MonthDay(int month, int day)
    {
        if (!IsValid(month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{month}-{day} is not a day that exists in every year.");
        }

        Month = month;
        Day = day;
    }

    public int Month { get; }
    public int Day { get; }

    public static bool IsValid(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2001, month);

    /// <summary>Reads "02-15" (month, then day).</summary>
    public static bool TryParse(string? text, out MonthDay monthDay)
    {
        monthDay = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !IsValid(month, day))
        {
            return false;
        }

        monthDay = new MonthDay(month, day);
        return true;
    }

    public static MonthDay Parse(string text) =>
        TryParse(text, out var monthDay) ? monthDay : throw new FormatException($"'{text}' is not a month and day like 02-15.");

    public DateOnly In(int year) => new(year, Month, Day);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:D2}-{Day:D2}");
}
