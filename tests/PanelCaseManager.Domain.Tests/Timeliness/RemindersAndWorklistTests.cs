using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Domain.Tests.Timeliness;

public class RemindersAndWorklistTests
{
    private static readonly DateOnly Due = new(2026, 5, 25);

    [TestCase("2026-05-14", null, Description = "11 days before: nothing yet")]
    [TestCase("2026-05-15", "due-in-10", Description = "10 days before")]
    [TestCase("2026-05-19", "due-in-10", Description = "6 days before")]
    [TestCase("2026-05-20", "due-in-5", Description = "5 days before")]
    [TestCase("2026-05-24", "due-in-5", Description = "the day before")]
    [TestCase("2026-05-25", "due-today", Description = "the day itself, a bank holiday or not")]
    [TestCase("2026-05-26", "overdue", Description = "the day after")]
    [TestCase("2026-09-01", "overdue", Description = "long after")]
    public void The_most_urgent_reminder_step_reached(string today, string? expected)
    {
        ReminderSchedule.Default.CurrentStep(Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))?.Key.Should().Be(expected);
    }

    [Test]
    public void Each_step_leads_to_the_next_until_overdue()
    {
        var schedule = ReminderSchedule.Default;

        schedule.FirstReminderOn(Due).Should().Be(new DateOnly(2026, 5, 15));
        schedule.NextReminderAfter(schedule.Steps[0], Due).Should().Be(new DateOnly(2026, 5, 20));
        schedule.NextReminderAfter(schedule.Steps[1], Due).Should().Be(Due);
        schedule.NextReminderAfter(schedule.Steps[2], Due).Should().Be(new DateOnly(2026, 5, 26));
        schedule.NextReminderAfter(schedule.Steps[3], Due).Should().BeNull();
    }

    [Test]
    public void Thresholds_come_from_configuration_in_any_order()
    {
        var schedule = new ReminderSchedule([3, 14, 7]);

        schedule.Steps.Select(s => s.Key).Should().Equal("due-in-14", "due-in-7", "due-in-3", "due-today", "overdue");
        var act = () => new ReminderSchedule([0]);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase(null, WorklistGroup.NotDueYet)]
    [TestCase("2026-06-15", WorklistGroup.NotDueYet, Description = "11 days off")]
    [TestCase("2026-06-14", WorklistGroup.DueSoon, Description = "10 days off")]
    [TestCase("2026-06-04", WorklistGroup.DueSoon, Description = "today")]
    [TestCase("2026-06-03", WorklistGroup.Overdue, Description = "yesterday")]
    [TestCase("2026-05-07", WorklistGroup.Overdue, Description = "28 days overdue")]
    [TestCase("2026-05-06", WorklistGroup.CriticallyOverdue, Description = "29 days overdue")]
    public void Worklist_groups(string? due, WorklistGroup expected)
    {
        var today = new DateOnly(2026, 6, 4);

        new WorklistThresholds().Classify(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), today).Should().Be(expected);
    }

    [Test]
    public void Working_days_skip_weekends_and_the_bank_holidays_given()
    {
        var calendar = new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date));

        calendar.IsWorkingDay(new DateOnly(2026, 12, 28)).Should().BeFalse("Boxing Day substitute");
        calendar.NextWorkingDayOnOrAfter(new DateOnly(2026, 12, 25)).Should().Be(new DateOnly(2026, 12, 29));
        calendar.AddWorkingDays(new DateOnly(2026, 4, 2), 1).Should().Be(new DateOnly(2026, 4, 7), "Thursday before Easter plus one working day");
        calendar.AddWorkingDays(new DateOnly(2026, 4, 7), -2).Should().Be(new DateOnly(2026, 4, 1));
        WorkingDayCalendar.WeekendsOnly.IsWorkingDay(new DateOnly(2026, 12, 25)).Should().BeTrue();
    }

    [Test]
    public void The_seeded_bank_holidays_are_weekdays_without_repeats()
    {
        var dates = BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date).ToList();

        dates.Should().OnlyHaveUniqueItems().And.HaveCount(32);
        dates.Should().OnlyContain(d => d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday);
    }
}
