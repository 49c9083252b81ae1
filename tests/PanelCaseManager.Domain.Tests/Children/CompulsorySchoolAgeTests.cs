using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Children;

/// <summary>
/// Education Act 1996 s.8(3) and the school leaving date (the last Friday in June): a young person is over compulsory
/// school age from the day after the school leaving date of the school year in which they turn 16, not from their
/// 16th birthday. Fridays checked on a printed calendar.
/// </summary>
public class CompulsorySchoolAgeTests
{
    [TestCase(2026, "2026-06-26", Description = "30 Jun 2026 is a Tuesday: back to Fri 26 Jun")]
    [TestCase(2027, "2027-06-25", Description = "30 Jun 2027 is a Wednesday: back to Fri 25 Jun")]
    [TestCase(2028, "2028-06-30", Description = "30 Jun 2028 is itself a Friday")]
    [TestCase(2029, "2029-06-29", Description = "30 Jun 2029 is a Saturday: back to Fri 29 Jun")]
    public void The_school_leaving_date_is_the_last_Friday_in_June(int year, string expected)
    {
        SchoolLeavingRule.Default.LeavingDateIn(year).Should().Be(D(expected));
    }

    [TestCase("2010-03-15", "2026-06-26", Description = "16 on 15 Mar 2026, in the 2025/26 school year: its leaving date")]
    [TestCase("2010-07-10", "2026-06-26", Description = "s.8(3)(a): 16 on 10 Jul 2026, after that year's leaving date and before the next school year: over it while still 15")]
    [TestCase("2010-06-26", "2026-06-26", Description = "s.8(3)(b): 16 on the leaving date itself")]
    [TestCase("2010-08-31", "2026-06-26", Description = "16 on 31 Aug 2026, the last day of the school year")]
    [TestCase("2010-09-01", "2027-06-25", Description = "16 on 1 Sep 2026, the first day of 2026/27: the next June")]
    [TestCase("2012-02-29", "2028-06-30", Description = "born on a leap day: 16 on 29 Feb 2028")]
    [TestCase("2011-02-28", "2027-06-25", Description = "16 on 28 Feb 2027")]
    public void Compulsory_school_age_ends_on_the_leaving_date_of_the_school_year_they_turn_16(string born, string lastDay)
    {
        SchoolLeavingRule.Default.LastDayOfCompulsorySchoolAge(D(born)).Should().Be(D(lastDay));
        SchoolLeavingRule.Default.YoungPersonFrom(D(born)).Should().Be(D(lastDay).AddDays(1));
    }

    [Test]
    public void A_sixteen_year_old_still_of_compulsory_school_age_is_not_yet_a_young_person()
    {
        // Born 15 Mar 2010: 16 on 15 Mar 2026 but of compulsory school age until Fri 26 Jun 2026.
        var born = new DateOnly(2010, 3, 15);

        SchoolLeavingRule.Default.IsOverCompulsorySchoolAge(born, new DateOnly(2026, 6, 26)).Should().BeFalse();
        SchoolLeavingRule.Default.IsOverCompulsorySchoolAge(born, new DateOnly(2026, 6, 27)).Should().BeTrue();
    }

    [Test]
    public void Letters_go_to_the_young_person_only_once_they_are_over_compulsory_school_age()
    {
        // Born 15 Mar 2010: 16 in March 2026, a young person from Sat 27 Jun 2026.
        var child = Child.Register("Ffion", "Llewelyn-Jones", new DateOnly(2010, 3, 15), null, null, null, new DateOnly(2026, 6, 1), 25);
        var details = new FamilyContactDetails("Ffion Llewelyn-Jones", ContactRole.YoungPerson, null, ["1 High Street", "Stevenage"], Postcode.Parse("SG1 2AB"), null);
        var officer = new UserId("send-officer");

        var onTheLeavingDate = () => FamilyContact.Record(PlacementRequestId.New(), details, child, SchoolLeavingRule.Default, officer, new DateTimeOffset(2026, 6, 26, 12, 0, 0, TimeSpan.Zero));
        onTheLeavingDate.Should().Throw<DomainRuleException>().Which.Message.Should().Contain("from 27 June 2026");

        FamilyContact.Record(PlacementRequestId.New(), details, child, SchoolLeavingRule.Default, officer, new DateTimeOffset(2026, 6, 27, 12, 0, 0, TimeSpan.Zero))
            .Role.Should().Be(ContactRole.YoungPerson);
    }

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
