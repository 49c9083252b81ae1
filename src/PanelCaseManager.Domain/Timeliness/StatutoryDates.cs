namespace PanelCaseManager.Domain.Timeliness;

/// <summary>
/// The date arithmetic of the statutory clock. A period "within N weeks of" a day runs from the day after it, so it
/// ends N weeks later on the same weekday; a period "beginning with" or "starting with" a day counts that day as
/// the first, so it ends a day earlier. Months follow the corresponding-date rule (a month after 31 January is the
/// last day of February).
/// </summary>
public static class StatutoryDates
{
    public static DateOnly AddWeeks(DateOnly from, int weeks) => from.AddDays(7 * weeks);

    public static DateOnly AddDays(DateOnly from, int days) => from.AddDays(days);

    /// <summary>The last of <paramref name="days"/> days beginning with <paramref name="first"/>: 15 days beginning with 1 March end on 15 March.</summary>
    public static DateOnly DaysBeginningWith(DateOnly first, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return first.AddDays(days - 1);
    }

    /// <summary>The corresponding date <paramref name="months"/> later, or the last day of that month when it has no such day.</summary>
    public static DateOnly AddMonths(DateOnly from, int months) => from.AddMonths(months);

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months starting with <paramref name="first"/>: the day
    /// before the corresponding date (12 months starting with 15 March 2026 end on 14 March 2027), or, when that
    /// month has no corresponding date, its last day (12 months starting with 29 February 2028 end on 28 February 2029).
    /// </summary>
    public static DateOnly MonthsBeginningWith(DateOnly first, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var corresponding = first.AddMonths(months);
        return corresponding.Day == first.Day ? corresponding.AddDays(-1) : corresponding;
    }

    /// <summary>
    /// The last day to appeal: <see cref="StatutoryClockRules.AppealMonths"/> from the decision notice, or
    /// <see cref="StatutoryClockRules.AppealMonthsAfterMediationCertificate"/> from a mediation certificate if that is
    /// later; then moved out of the Christmas period and the August recess, and off a non-working day.
    /// </summary>
    public static DateOnly AppealDeadline(DateOnly noticeSent, DateOnly? mediationCertificate, StatutoryClockRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadline = AddMonths(noticeSent, rules.AppealMonths);
        if (mediationCertificate is { } certificate && AddMonths(certificate, rules.AppealMonthsAfterMediationCertificate) is var viaMediation && viaMediation > deadline)
        {
            deadline = viaMediation;
        }

        if (rules.AppealChristmasRule && ChristmasEndsAfter(deadline, rules) is { } christmasEnds)
        {
            return calendar.NextWorkingDayOnOrAfter(christmasEnds.AddDays(1));
        }

        if (rules.AppealRecessMonth is >= 1 and <= 12 && deadline.Month == rules.AppealRecessMonth)
        {
            return calendar.NextWorkingDayOnOrAfter(new DateOnly(deadline.Year, deadline.Month, 1).AddMonths(1));
        }

        return rules.AppealDeadlineMovesOffNonWorkingDays ? calendar.NextWorkingDayOnOrAfter(deadline) : deadline;
    }

    /// <summary>Whether the appeal deadline can move with the bank holidays, so an update of them must recompute it.</summary>
    public static bool AppealDeadlineDependsOnWorkingDays(StatutoryClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AppealChristmasRule || rules.AppealRecessMonth is >= 1 and <= 12 || rules.AppealDeadlineMovesOffNonWorkingDays;
    }

    /// <summary>The last day of the Christmas period the date falls in, or null when it falls outside it.</summary>
    private static DateOnly? ChristmasEndsAfter(DateOnly date, StatutoryClockRules rules)
    {
        var day = (date.Month, date.Day);
        var starts = (rules.ChristmasStarts.Month, rules.ChristmasStarts.Day);
        var ends = (rules.ChristmasEnds.Month, rules.ChristmasEnds.Day);
        var afterStart = day.CompareTo(starts) >= 0;
        var beforeEnd = day.CompareTo(ends) <= 0;
        if (ends.CompareTo(starts) >= 0)
        {
            return afterStart && beforeEnd ? rules.ChristmasEnds.In(date.Year) : null;
        }

        // The period runs over the new year: late December belongs to the period ending next year.
        return afterStart ? rules.ChristmasEnds.In(date.Year + 1) : beforeEnd ? rules.ChristmasEnds.In(date.Year) : null;
    }
}
