using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>The configured rules of the clock, built once from configuration.</summary>
public sealed class TimelinessRules(IOptions<StatutoryClockOptions> clock, IOptions<RemindersOptions> reminders, IOptions<WorklistOptions> worklist)
{
    public StatutoryClockRules Clock { get; } = clock.Value.ToRules();

    public IReadOnlyDictionary<string, ExceptionReason> ExceptionReasons { get; } =
        clock.Value.ToExceptionReasons().ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    public ReminderSchedule Reminders { get; } = reminders.Value.ToSchedule();

    public WorklistThresholds Worklist { get; } = worklist.Value.ToThresholds();
}

/// <summary>Working days as the bank-holiday reference data says today, for every working-day calculation.</summary>
public sealed class BankHolidayCalendar(PanelDbContext db)
{
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken) =>
        new(await db.BankHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken));

    /// <summary>
    /// The last year up to which every year from <paramref name="today"/>'s has its bank holidays recorded (a year
    /// missing in between ends the run), or, when this year's are missing, the last year before it that has them.
    /// </summary>
    public async Task<int?> KnownUntilAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var years = (await db.BankHolidays.AsNoTracking().Select(h => h.Date.Year).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var year = today.Year;
        if (!years.Contains(year))
        {
            return years.Where(y => y < year).Select(y => (int?)y).Max();
        }

        while (years.Contains(year + 1))
        {
            year++;
        }

        return year;
    }
}

/// <summary>Puts together what a case's clock is computed with: the rules, today's bank holidays from the database, and today.</summary>
public sealed class ClockSettingsFactory(BankHolidayCalendar bankHolidays, TimelinessRules rules, TimeProvider time)
{
    public async Task<ClockSettings> CreateAsync(CancellationToken cancellationToken) =>
        For((await bankHolidays.LoadAsync(cancellationToken)).BankHolidays);

    /// <summary>Settings with the given bank holidays, for when they are being replaced in the same transaction.</summary>
    public ClockSettings For(IEnumerable<DateOnly> bankHolidays) => new(
        new StatutoryClock(rules.Clock, new WorkingDayCalendar(bankHolidays)),
        rules.ExceptionReasons,
        rules.Reminders,
        UkCalendar.Today(time));
}
