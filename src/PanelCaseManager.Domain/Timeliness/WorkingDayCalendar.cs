namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// Working days in England and Wales: Monday to Friday except bank holidays. The holidays are reference data
/// given to it, never built in, so an administrator's update takes effect everywhere. A year counts as covered when
/// its bank holidays are known (at least one is recorded for it); a working day counted in a year that is not covered
/// is provisional, since a bank holiday may yet be announced in it.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _bankHolidays;
    private readonly SortedSet<int> _coveredYears;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _bankHolidays = [.. bankHolidays];
        _coveredYears = new SortedSet<int>(_bankHolidays.Select(d => d.Year));
    }

    /// <summary>A calendar that knows no bank holidays: only weekends are not working days, and no year is covered.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new([]);

    public IReadOnlyCollection<DateOnly> BankHolidays => _bankHolidays;

    /// <summary>The years whose bank holidays are known, earliest first.</summary>
    public IReadOnlyCollection<int> CoveredYears => _coveredYears;

    /// <summary>The last year whose bank holidays are known, or null when none are.</summary>
    public int? LastCoveredYear => _coveredYears.Count == 0 ? null : _coveredYears.Max;

    /// <summary>Whether the bank holidays of the date's year are known, so that a working day counted in it is final.</summary>
    public bool Covers(DateOnly date) => _coveredYears.Contains(date.Year);

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
