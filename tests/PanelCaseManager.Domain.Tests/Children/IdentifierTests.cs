using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Domain.Tests.Children;

public class IdentifierTests
{
    [Test]
    public void Check_letter_is_computed_with_weights_2_to_13_modulo_23()
    {
        // 9*2+1*3+9*4+2*5+0*6+0*7+1*8+1*9+5*10+0*11+0*12+1*13 = 147; 147 mod 23 = 9 -> K (A=0, no I).
        UniquePupilNumber.CheckLetterFor("919200115001").Should().Be('K');
    }

    [Test]
    public void Upn_with_the_right_check_letter_parses()
    {
        UniquePupilNumber.TryParse("k919200115001", out var upn).Should().BeTrue();
        upn!.Value.Should().Be("K919200115001");
    }

    [TestCase("G919200115001", Description = "wrong check letter")]
    [TestCase("F91920011500", Description = "too short")]
    [TestCase("I919200115001", Description = "I is never a check letter")]
    [TestCase("F9192001150011", Description = "too long")]
    [TestCase("", Description = "empty")]
    public void Malformed_upn_does_not_parse(string text)
    {
        UniquePupilNumber.TryParse(text, out _).Should().BeFalse();
    }

    [Test]
    public void Temporary_upn_ending_in_a_letter_parses_when_its_check_letter_matches()
    {
        var tail = "91920011500A";
        UniquePupilNumber.TryParse(UniquePupilNumber.CheckLetterFor(tail) + tail, out _).Should().BeTrue();
    }

    [TestCase("sg11aa", "SG1 1AA")]
    [TestCase("AL10 9AB", "AL10 9AB")]
    [TestCase("w1a 0ax", "W1A 0AX")]
    [TestCase(" CM23   2AB ", "CM23 2AB")]
    public void Postcodes_are_stored_in_canonical_form(string text, string canonical)
    {
        Postcode.Parse(text).Value.Should().Be(canonical);
    }

    [TestCase("12345")]
    [TestCase("SG1")]
    [TestCase("SG1 1A")]
    [TestCase("")]
    public void Non_postcodes_are_refused(string text)
    {
        Postcode.TryParse(text, out _).Should().BeFalse();
    }

    [Test]
    public void Distance_between_stevenage_and_hertford_is_about_15_km()
    {
        var stevenage = new GeoPoint(51.9017, -0.2019);
        var hertford = new GeoPoint(51.7960, -0.0780);

        stevenage.KilometresTo(hertford).Should().BeApproximately(14.6, 0.5);
    }

    [TestCase(91, 0)]
    [TestCase(0, 181)]
    [TestCase(double.NaN, 0)]
    public void Coordinates_out_of_range_are_refused(double latitude, double longitude)
    {
        var act = () => new GeoPoint(latitude, longitude);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "coordinates-out-of-range");
    }

    [Test]
    public void A_child_born_in_the_future_is_refused()
    {
        var today = new DateOnly(2026, 11, 20);

        var act = () => Child.Register("Leo", "Bennett", today.AddDays(1), null, null, null, today, 25);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "date-of-birth-in-future");
    }

    [Test]
    public void A_young_person_over_25_is_refused()
    {
        var today = new DateOnly(2026, 11, 20);

        var act = () => Child.Register("Sam", "Hughes", new DateOnly(2000, 11, 19), null, null, null, today, 25);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "over-maximum-age");
    }

    [Test]
    public void A_young_person_of_exactly_25_is_accepted()
    {
        var today = new DateOnly(2026, 11, 20);

        Child.Register("Sam", "Hughes", new DateOnly(2001, 1, 1), null, null, null, today, 25).AgeOn(today).Should().Be(25);
    }
}
