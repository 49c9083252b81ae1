using System.Globalization;

namespace PanelCaseManager.Domain.Children;

/// <summary>
/// When a child stops being of compulsory school age and becomes a "young person" (CFA 2014 s.83(2)): at the end of
/// the school leaving date of the school year in which they turn 16 (Education Act 1996 s.8(3)); the school leaving
/// date is the last Friday in June (Education (School Leaving Date) Order 1997, SI 1997/1970, for 1998 onwards).
/// A child who turns 16 in July or August is over compulsory school age from the day after that Friday, before their
/// birthday (s.8(3)(a)). The school year is taken to start on 1 September, as the year groups are.
/// </summary>
public sealed record SchoolLeavingRule
{
    public SchoolLeavingRule(int age = 16, int month = 6, DayOfWeek weekday = DayOfWeek.Friday)
    {
        if (age is < 1 or > 25)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, "The school leaving age is between 1 and 25.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        Age = age;
        Month = month;
        Weekday = weekday;
    }

    public static SchoolLeavingRule Default { get; } = new();

    /// <summary>The age in the school year of which compulsory school age ends (16).</summary>
    public int Age { get; }

    /// <summary>The month of the school leaving date (June).</summary>
    public int Month { get; }

    /// <summary>The school leaving date is the last of these days in <see cref="Month"/> (Friday).</summary>
    public DayOfWeek Weekday { get; }

    /// <summary>The school leaving date of a calendar year: the last Friday in June.</summary>
    public DateOnly LeavingDateIn(int year)
    {
        var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
    }

    /// <summary>The last day of compulsory school age: the school leaving date of the school year (September to August) in which they turn <see cref="Age"/>.</summary>
    public DateOnly LastDayOfCompulsorySchoolAge(DateOnly dateOfBirth)
    {
        // The birthday is counted as SchoolYear counts ages: 29 February is 1 March in other years.
        var birthday = BirthdayAt(dateOfBirth, Age);
        var schoolYearEnds = birthday.Month >= 9 ? birthday.Year + 1 : birthday.Year;
        return LeavingDateIn(schoolYearEnds);
    }

    /// <summary>The first day on which they are a young person in law, over compulsory school age.</summary>
    public DateOnly YoungPersonFrom(DateOnly dateOfBirth) => LastDayOfCompulsorySchoolAge(dateOfBirth).AddDays(1);

    public bool IsOverCompulsorySchoolAge(DateOnly dateOfBirth, DateOnly on) => on >= YoungPersonFrom(dateOfBirth);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"the last {Weekday} of {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Month)} in the school year they turn {Age}");

    private static DateOnly BirthdayAt(DateOnly dateOfBirth, int age)
    {
        var year = dateOfBirth.Year + age;
        return dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
    }
}
