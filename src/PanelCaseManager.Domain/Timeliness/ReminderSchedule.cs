using System.Globalization;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// One step of the reminders for a deadline: a number of days before it (due soon), the day itself (0), or the
/// day after it (-1, overdue). <see cref="Key"/> names the step in the record of what was sent.
/// </summary>
public sealed record ReminderStep(string Key, int DaysBefore)
{
    public const string DueTodayKey = "due-today";
    public const string OverdueKey = "overdue";

    /// <summary>The escalation of an overdue deadline to the team manager, sent with the overdue reminder.</summary>
    public const string EscalationKey = "overdue-escalation";

    public bool IsOverdue => DaysBefore < 0;

    public DateOnly StartsOn(DateOnly due) => due.AddDays(-DaysBefore);
}

/// <summary>
/// When reminders of a deadline fall due: each due-soon threshold (default 10 and 5 days before), the day itself,
/// and overdue. A sweep sends only the most urgent step reached, so a deadline first seen late is not announced
/// several times over.
/// </summary>
public sealed class ReminderSchedule
{
    public ReminderSchedule(IEnumerable<int> dueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(dueSoonDays);
        var thresholds = dueSoonDays.Distinct().OrderDescending().ToList();
        if (thresholds.Any(d => d <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(dueSoonDays), "Due-soon thresholds are a positive number of days before the deadline.");
        }

        Steps =
        [
            .. thresholds.Select(d => new ReminderStep(string.Create(CultureInfo.InvariantCulture, $"due-in-{d}"), d)),
            new ReminderStep(ReminderStep.DueTodayKey, 0),
            new ReminderStep(ReminderStep.OverdueKey, -1),
        ];
    }

    public static ReminderSchedule Default { get; } = new([10, 5]);

    /// <summary>Least urgent first, overdue last.</summary>
    public IReadOnlyList<ReminderStep> Steps { get; }

    /// <summary>The most urgent step reached on <paramref name="today"/>, or null while the deadline is further off.</summary>
    public ReminderStep? CurrentStep(DateOnly due, DateOnly today) => Steps.LastOrDefault(s => today >= s.StartsOn(due));

    public DateOnly FirstReminderOn(DateOnly due) => Steps[0].StartsOn(due);

    /// <summary>When the step after <paramref name="sent"/> falls due, or null once overdue has been sent.</summary>
    public DateOnly? NextReminderAfter(ReminderStep sent, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var index = Steps.ToList().FindIndex(s => s.Key == sent.Key);
        return index >= 0 && index + 1 < Steps.Count ? Steps[index + 1].StartsOn(due) : null;
    }
}
