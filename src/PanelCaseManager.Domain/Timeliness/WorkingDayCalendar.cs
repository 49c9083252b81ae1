namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// Working days in England and Wales: Monday to Friday except bank holidays. The holidays are reference data
/// given to it, never built in, so an administrator's update takes effect everywhere.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _bankHolidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _bankHolidays = [.. bankHolidays];
    }

    /// <summary>A calendar that knows no bank holidays: only weekends are not working days.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new([]);

    public IReadOnlyCollection<DateOnly> BankHolidays => _bankHolidays;

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(date);

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days after <paramref name="date"/> (or before it, when
    /// negative), not counting <paramref name="date"/> itself: Friday plus one working day is Monday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }
}
