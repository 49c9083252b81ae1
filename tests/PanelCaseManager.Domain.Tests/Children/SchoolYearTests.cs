using PanelCaseManager.Domain.Children;

namespace PanelCaseManager.Domain.Tests.Children;

public class SchoolYearTests
{
    // Each row checked by hand against the 1 September – 31 August cohorts of English schools.
    [TestCase("2016-03-14", "2026-11-20", 6, "Year 6", EducationPhase.Primary)]
    [TestCase("2015-09-01", "2026-11-20", 6, "Year 6", EducationPhase.Primary)]
    [TestCase("2015-08-31", "2026-11-20", 7, "Year 7", EducationPhase.Secondary)]
    [TestCase("2015-09-01", "2026-08-31", 5, "Year 5", EducationPhase.Primary)]
    [TestCase("2015-09-01", "2026-09-01", 6, "Year 6", EducationPhase.Primary)]
    [TestCase("2022-04-10", "2026-11-20", 0, "Reception", EducationPhase.Primary)]
    [TestCase("2023-01-01", "2026-11-20", -1, "Early years", EducationPhase.EarlyYears)]
    [TestCase("2010-10-01", "2026-11-20", 11, "Year 11", EducationPhase.Secondary)]
    [TestCase("2010-08-31", "2026-11-20", 12, "Year 12", EducationPhase.Post16)]
    [TestCase("2009-06-30", "2026-11-20", 13, "Year 13", EducationPhase.Post16)]
    [TestCase("2008-06-30", "2026-11-20", 14, "Post-16 (beyond Year 13)", EducationPhase.Post16)]
    [TestCase("2005-01-01", "2026-11-20", 17, "Post-19", EducationPhase.Post19)]
    [TestCase("2016-02-29", "2026-11-20", 6, "Year 6", EducationPhase.Primary)]
    public void Year_group_follows_the_english_school_year(string dateOfBirth, string on, int number, string name, EducationPhase phase)
    {
        var year = SchoolYear.For(DateOnly.Parse(dateOfBirth), DateOnly.Parse(on));

        year.Number.Should().Be(number);
        year.Name.Should().Be(name);
        year.Phase.Should().Be(phase);
    }

    [TestCase("2016-05-01", "2026-04-30", 9)]
    [TestCase("2016-05-01", "2026-05-01", 10)]
    [TestCase("2008-02-29", "2026-02-28", 17)]
    [TestCase("2008-02-29", "2026-03-01", 18)]
    [TestCase("2008-02-29", "2028-02-29", 20)]
    public void Age_counts_whole_years_with_leap_day_birthdays_on_1_March(string dateOfBirth, string on, int age)
    {
        SchoolYear.AgeOn(DateOnly.Parse(dateOfBirth), DateOnly.Parse(on)).Should().Be(age);
    }
}
