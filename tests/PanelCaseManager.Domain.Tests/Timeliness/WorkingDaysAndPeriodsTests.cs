using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Domain.Tests.Timeliness;

/// <summary>
/// The date arithmetic under every deadline, each expected date counted by hand on a calendar (weekdays checked
/// against a printed one); bank holidays are England and Wales 2025–2028.
/// </summary>
public class WorkingDaysAndPeriodsTests
{
    private static readonly WorkingDayCalendar EnglandAndWales = new(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date));

    // --- WorkingDayCalendar ---
    [TestCase("2026-12-04", 1, "2026-12-07", Description = "Fri 4 Dec + 1 working day: Sat, Sun skipped → Mon 7 Dec")]
    [TestCase("2026-12-24", 1, "2026-12-29", Description = "Thu 24 Dec + 1: Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing Day substitute) → Tue 29 Dec")]
    [TestCase("2026-12-31", 1, "2027-01-04", Description = "Thu 31 Dec + 1: Fri 1 Jan (New Year), Sat, Sun → Mon 4 Jan 2027")]
    [TestCase("2026-04-02", 2, "2026-04-08", Description = "Thu 2 Apr + 2: Good Friday 3, Sat, Sun, Easter Monday 6 → Tue 7 (1), Wed 8 (2)")]
    [TestCase("2028-02-28", 2, "2028-03-01", Description = "Mon 28 Feb 2028 + 2: Tue 29 Feb (leap day, 1), Wed 1 Mar (2)")]
    [TestCase("2027-08-27", 1, "2027-08-31", Description = "Fri 27 Aug 2027 + 1: Sat, Sun, Mon 30 (Summer bank holiday) → Tue 31 Aug")]
    [TestCase("2026-01-30", 5, "2026-02-06", Description = "Fri 30 Jan + 5 across the month end: Mon 2 … Fri 6 Feb")]
    public void Adding_working_days_skips_weekends_and_bank_holidays(string from, int days, string expected)
    {
        EnglandAndWales.AddWorkingDays(D(from), days).Should().Be(D(expected));
    }

    [TestCase("2026-05-23", "2026-05-26", Description = "Sat 23 May: Sun, Mon 25 (Spring bank holiday) → Tue 26 May")]
    [TestCase("2027-12-25", "2027-12-29", Description = "Sat 25 Dec 2027: Sun, Mon 27 and Tue 28 (substitute days) → Wed 29 Dec")]
    [TestCase("2028-01-01", "2028-01-04", Description = "Sat 1 Jan 2028: Sun 2, Mon 3 (substitute New Year) → Tue 4 Jan")]
    [TestCase("2026-06-10", "2026-06-10", Description = "a Wednesday that is no bank holiday stays")]
    public void The_next_working_day_on_or_after_a_date(string date, string expected)
    {
        EnglandAndWales.NextWorkingDayOnOrAfter(D(date)).Should().Be(D(expected));
    }

    [Test]
    public void A_year_is_covered_only_when_its_bank_holidays_are_recorded()
    {
        EnglandAndWales.Covers(new DateOnly(2028, 12, 31)).Should().BeTrue();
        EnglandAndWales.Covers(new DateOnly(2029, 1, 1)).Should().BeFalse("no 2029 bank holiday is recorded");
        EnglandAndWales.Covers(new DateOnly(2024, 12, 31)).Should().BeFalse();
        EnglandAndWales.LastCoveredYear.Should().Be(2028);
        WorkingDayCalendar.WeekendsOnly.LastCoveredYear.Should().BeNull();
        WorkingDayCalendar.WeekendsOnly.Covers(new DateOnly(2026, 6, 1)).Should().BeFalse();
    }

    // --- StatutoryDates ---
    [TestCase("2026-03-01", 15, "2026-03-15", Description = "1 March is day 1, 15 March day 15")]
    [TestCase("2026-12-20", 15, "2027-01-03", Description = "20–31 Dec are days 1–12, 1–3 Jan days 13–15")]
    [TestCase("2028-02-20", 15, "2028-03-05", Description = "20–29 Feb 2028 are days 1–10 (leap year), 1–5 Mar days 11–15")]
    [TestCase("2027-02-20", 15, "2027-03-06", Description = "20–28 Feb 2027 are days 1–9, 1–6 Mar days 10–15")]
    [TestCase("2026-06-10", 1, "2026-06-10", Description = "a period of one day beginning with a day is that day")]
    public void Days_beginning_with_a_day_count_it_as_the_first(string first, int days, string expected)
    {
        StatutoryDates.DaysBeginningWith(D(first), days).Should().Be(D(expected));
    }

    [TestCase("2026-03-15", 12, "2027-03-14", Description = "the day before the corresponding date")]
    [TestCase("2028-02-29", 12, "2029-02-28", Description = "no 29 Feb 2029: the last day of February")]
    [TestCase("2027-02-28", 12, "2028-02-27", Description = "28 Feb 2028 exists: the day before it, not the month end")]
    [TestCase("2027-03-01", 12, "2028-02-29", Description = "the day before 1 Mar 2028 is the leap day")]
    [TestCase("2026-01-31", 1, "2026-02-28", Description = "one month starting with 31 Jan: no 31 Feb, so 28 Feb")]
    [TestCase("2026-08-31", 3, "2026-11-30", Description = "three months starting with 31 Aug: no 31 Nov, so 30 Nov")]
    [TestCase("2026-12-01", 1, "2026-12-31", Description = "a calendar month starting with the 1st ends on the month's last day")]
    public void Months_starting_with_a_day_end_the_day_before_the_corresponding_date(string first, int months, string expected)
    {
        StatutoryDates.MonthsBeginningWith(D(first), months).Should().Be(D(expected));
    }

    [TestCase("2026-01-31", 1, "2026-02-28", Description = "no 31 Feb: the last day of February")]
    [TestCase("2027-12-31", 2, "2028-02-29", Description = "a leap year's last day of February")]
    [TestCase("2026-05-31", 1, "2026-06-30", Description = "no 31 June")]
    [TestCase("2026-07-31", -5, "2026-02-28", Description = "5 months before 31 July: no 31 Feb, so 28 Feb")]
    [TestCase("2026-03-15", 2, "2026-05-15", Description = "the corresponding date")]
    public void Months_after_a_day_end_on_the_corresponding_date(string from, int months, string expected)
    {
        StatutoryDates.AddMonths(D(from), months).Should().Be(D(expected));
    }

    [TestCase("2026-01-05", 6, "2026-02-16", Description = "Mon 5 Jan + 42 days: 26 to 31 Jan, 16 more → Mon 16 Feb")]
    [TestCase("2026-06-10", -2, "2026-05-27", Description = "2 weeks before Wed 10 Jun → Wed 27 May")]
    public void Weeks_are_seven_calendar_days_each(string from, int weeks, string expected)
    {
        StatutoryDates.AddWeeks(D(from), weeks).Should().Be(D(expected));
    }

    // --- The appeal deadline on its own, with the rules switched ---
    [Test]
    public void With_the_non_working_day_rule_off_a_weekend_deadline_stands()
    {
        var rules = StatutoryClockRules.Default with { AppealDeadlineMovesOffNonWorkingDays = false };

        // 10 Mar 2026 + 2 months = Sun 10 May 2026: not moved.
        StatutoryDates.AppealDeadline(new DateOnly(2026, 3, 10), null, rules, EnglandAndWales).Should().Be(new DateOnly(2026, 5, 10));
        StatutoryDates.AppealDeadlineDependsOnWorkingDays(rules).Should().BeTrue("the Christmas and August rules still count working days");
    }

    [Test]
    public void With_the_August_rule_off_an_August_deadline_only_moves_off_a_weekend()
    {
        var rules = StatutoryClockRules.Default with { AppealRecessMonth = 0 };

        // 15 Jun 2026 + 2 months = Sat 15 Aug 2026 → Mon 17 Aug 2026.
        StatutoryDates.AppealDeadline(new DateOnly(2026, 6, 15), null, rules, EnglandAndWales).Should().Be(new DateOnly(2026, 8, 17));
    }

    // --- Reminders around month ends and leap days ---
    [TestCase("2028-03-03", "2028-02-22", "2028-02-27", Description = "3 Mar 2028 − 10 days: 2 Mar (1), 1 Mar (2), 29 Feb (3) … 22 Feb (10); − 5: 27 Feb")]
    [TestCase("2027-03-03", "2027-02-21", "2027-02-26", Description = "3 Mar 2027 − 10 days: 2 Mar (1), 1 Mar (2), 28 Feb (3) … 21 Feb (10); − 5: 26 Feb")]
    [TestCase("2027-01-04", "2026-12-25", "2026-12-30", Description = "4 Jan 2027 − 10 days: 25 Dec 2026; − 5: 30 Dec; reminders count calendar days")]
    public void Reminder_steps_count_calendar_days_back_from_the_deadline(string due, string tenDaysBefore, string fiveDaysBefore)
    {
        var schedule = ReminderSchedule.Default;
        var deadline = D(due);

        schedule.FirstReminderOn(deadline).Should().Be(D(tenDaysBefore));
        schedule.NextReminderAfter(schedule.Steps[0], deadline).Should().Be(D(fiveDaysBefore));
        schedule.NextReminderAfter(schedule.Steps[1], deadline).Should().Be(deadline);
        schedule.NextReminderAfter(schedule.Steps[2], deadline).Should().Be(deadline.AddDays(1));
        schedule.CurrentStep(deadline, D(tenDaysBefore).AddDays(-1)).Should().BeNull();
        schedule.CurrentStep(deadline, D(fiveDaysBefore))!.Key.Should().Be("due-in-5");
    }

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
