namespace PanelCaseManager.Domain.Timeliness;

/// <summary>What a case's clock is computed with: the rules and calendar, the exception reasons, the reminder steps, and today.</summary>
public sealed record ClockSettings(
    StatutoryClock Clock,
    IReadOnlyDictionary<string, ExceptionReason> ExceptionReasons,
    ReminderSchedule Reminders,
    DateOnly Today);
