using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Domain.Tests.Common;

public class WorkingDaysTests
{
    private static readonly WorkingDayCalendar Christmas2026 = new([new(2026, 12, 25), new(2026, 12, 28), new(2027, 1, 1)]);

    [TestCase("2026-12-02", 4, "2026-11-26", Description = "Wednesday panel: the Thursday before")]
    [TestCase("2026-12-07", 1, "2026-12-04", Description = "Monday: the Friday before")]
    [TestCase("2026-12-02", 5, "2026-11-25", Description = "a week of working days")]
    [TestCase("2026-12-02", 0, "2026-12-02", Description = "no working days: the day itself")]
    [TestCase("2026-12-30", 4, "2026-12-22", Description = "Christmas Day and the Boxing Day substitute are skipped")]
    [TestCase("2027-01-04", 2, "2026-12-30", Description = "New Year's Day is skipped")]
    public void Counting_back_working_days_skips_weekends_and_bank_holidays(string date, int days, string expected)
    {
        Christmas2026.AddWorkingDays(DateOnly.Parse(date), -days).Should().Be(DateOnly.Parse(expected));
    }

    [Test]
    public void Weekends_and_bank_holidays_are_not_working_days()
    {
        Christmas2026.IsWorkingDay(new DateOnly(2026, 12, 26)).Should().BeFalse();
        Christmas2026.IsWorkingDay(new DateOnly(2026, 12, 25)).Should().BeFalse();
        Christmas2026.IsWorkingDay(new DateOnly(2026, 12, 24)).Should().BeTrue();
    }

    [Test]
    public void Five_oclock_in_london_is_five_oclock_utc_in_winter_and_four_in_summer()
    {
        LondonTime.InstantOf(new DateOnly(2026, 11, 26), new TimeOnly(17, 0)).UtcDateTime.Should().Be(new DateTime(2026, 11, 26, 17, 0, 0, DateTimeKind.Utc));
        LondonTime.InstantOf(new DateOnly(2027, 6, 10), new TimeOnly(17, 0)).UtcDateTime.Should().Be(new DateTime(2027, 6, 10, 16, 0, 0, DateTimeKind.Utc));
    }
}
