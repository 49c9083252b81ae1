namespace PanelCaseManager.Domain.Common;

/// <summary>Working days in England: Monday to Friday, except the bank holidays the caller supplies.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);
    }

    /// <summary>
    /// The working day <paramref name="count"/> working days before <paramref name="date"/>, not counting the date
    /// itself: 4 working days before Wednesday 2 December 2026 is Thursday 26 November.
    /// </summary>
    public static DateOnly Before(DateOnly date, int count, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        var remaining = count;
        while (remaining > 0)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day, bankHolidays))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>The earliest date <see cref="Before"/> may look at, so a caller can fetch just the holidays it needs.</summary>
    public static DateOnly EarliestDateLookedAt(DateOnly date, int count) =>
        date.AddDays(-((count * 7 / 5) + 14));
}
