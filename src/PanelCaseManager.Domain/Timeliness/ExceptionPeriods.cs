using System.Globalization;

namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// The dates an officer gives for an exception: its period (<see cref="StartDate"/> to <see cref="EndDate"/>), or,
/// for a closure, the day the school or provider closed and the day it reopened, from which the period is worked out.
/// </summary>
public sealed record ExceptionDates(DateOnly? StartDate, DateOnly? EndDate, DateOnly? ClosedOn = null, DateOnly? ReopenedOn = null);

/// <summary>A problem with an exception's dates, named by the field an officer fills in ("endDate", "reopenedOn").</summary>
public sealed record ExceptionProblem(string Field, string Message);

/// <summary>
/// Whether an exception's dates qualify under the law (reg 5(4), 8(2), 10(4)): the period is a real one; an absence
/// lasts at least 4 weeks in a row; a closure lasts at least 4 weeks, and its exception runs from one week before the
/// closure to one week before the reopening. Pure: the rules' numbers come from configuration.
/// </summary>
public static class ExceptionPeriods
{
    public const string StartDateField = "startDate";
    public const string EndDateField = "endDate";
    public const string ClosedOnField = "closedOn";
    public const string ReopenedOnField = "reopenedOn";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The exception's period when the dates qualify; otherwise null, with every problem found.</summary>
    public static (DateOnly Start, DateOnly End)? PeriodOf(ExceptionReason reason, ExceptionDates dates, StatutoryClockRules rules, List<ExceptionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        return reason.Period == ExceptionPeriodRule.ClosureWindow
            ? ClosureWindow(dates, rules, problems, before)
            : Period(reason, dates, rules, problems, before);
    }

    private static (DateOnly, DateOnly)? Period(ExceptionReason reason, ExceptionDates dates, StatutoryClockRules rules, List<ExceptionProblem> problems, int before)
    {
        if (dates.ClosedOn is not null || dates.ReopenedOn is not null)
        {
            problems.Add(new(dates.ClosedOn is not null ? ClosedOnField : ReopenedOnField,
                "The closing and reopening dates are only for a school, college or early-years provider's closure: give when the exception started and ended."));
        }

        if (dates.StartDate is null)
        {
            problems.Add(new(StartDateField, "Enter the date the exception started."));
        }

        if (dates.EndDate is null)
        {
            problems.Add(new(EndDateField, "Enter the date the exception ended, or is expected to end."));
        }

        if (dates is not { StartDate: { } start, EndDate: { } end })
        {
            return null;
        }

        if (end < start)
        {
            problems.Add(new(EndDateField, "The exception cannot end before it starts."));
            return null;
        }

        // "A continuous period of not less than 4 weeks": both the first and the last day away count.
        var days = end.DayNumber - start.DayNumber + 1;
        if (reason.Period == ExceptionPeriodRule.ContinuousAbsence && days < rules.ExceptionAbsenceWeeks * 7)
        {
            problems.Add(new(EndDateField,
                $"This exception needs the child or family to be away from the area for at least {Weeks(rules.ExceptionAbsenceWeeks)} in a row: "
                + $"{Day(start)} to {Day(end)} is {Length(days)}."));
        }

        return problems.Count == before ? (start, end) : null;
    }

    private static (DateOnly, DateOnly)? ClosureWindow(ExceptionDates dates, StatutoryClockRules rules, List<ExceptionProblem> problems, int before)
    {
        if (dates.StartDate is not null || dates.EndDate is not null)
        {
            problems.Add(new(dates.StartDate is not null ? StartDateField : EndDateField,
                "For a closure, give the day it closed and the day it reopened: the exception's period is worked out from them."));
        }

        if (dates.ClosedOn is null)
        {
            problems.Add(new(ClosedOnField, "Enter the first day the school, college or provider was closed."));
        }

        if (dates.ReopenedOn is null)
        {
            problems.Add(new(ReopenedOnField, "Enter the day it reopened, or is to reopen."));
        }

        if (dates is not { ClosedOn: { } closed, ReopenedOn: { } reopened })
        {
            return null;
        }

        if (reopened <= closed)
        {
            problems.Add(new(ReopenedOnField, "It must reopen after the day it closed."));
            return null;
        }

        // "Closed for a continuous period of not less than 4 weeks from that date": closed from the first day to the day before it reopens.
        var days = reopened.DayNumber - closed.DayNumber;
        if (days < rules.ExceptionClosureWeeks * 7)
        {
            problems.Add(new(ReopenedOnField,
                $"This exception needs a closure of at least {Weeks(rules.ExceptionClosureWeeks)}: closed on {Day(closed)} and reopened on {Day(reopened)} is {Length(days)}."));
            return null;
        }

        // "Beginning one week before [the closure] and ending one week before the date on which it re-opens."
        var window = rules.ExceptionClosureWindowWeeks * 7;
        return problems.Count == before ? (closed.AddDays(-window), reopened.AddDays(-window)) : null;
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string Weeks(int weeks) => weeks == 1 ? "1 week" : string.Create(English, $"{weeks} weeks");

    private static string Length(int days)
    {
        var weeks = days / 7;
        var rest = days % 7;
        var inWeeks = (weeks, rest) switch
        {
            (0, _) => null,
            (_, 0) => Weeks(weeks),
            _ => string.Create(English, $"{Weeks(weeks)} and {rest} day{(rest == 1 ? string.Empty : "s")}"),
        };
        var inDays = string.Create(English, $"{days} day{(days == 1 ? string.Empty : "s")}");
        return inWeeks is null ? inDays : $"{inWeeks} ({inDays})";
    }
}
