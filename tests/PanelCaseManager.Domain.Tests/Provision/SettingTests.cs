using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using static PanelCaseManager.Domain.Tests.Provision.ProvisionFactory;

namespace PanelCaseManager.Domain.Tests.Provision;

public class SettingTests
{
    [Test]
    public void Vacancies_are_the_places_commissioned_less_those_filled()
    {
        Setting(PublishedSector(), commissioned: 120, filled: 117).Vacancies.Should().Be(3);
    }

    [Test]
    public void More_places_filled_than_commissioned_is_refused()
    {
        var act = () => Setting(PublishedSector(), commissioned: 10, filled: 11);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "places-filled-above-commissioned").WithMessage("11 places filled is more than the 10 commissioned.");
    }

    [TestCase(11, 11)]
    [TestCase(12, 11)]
    [TestCase(-1, 11)]
    [TestCase(4, 26)]
    public void An_age_range_that_is_empty_inverted_or_outside_0_to_25_is_refused(int lowest, int highest)
    {
        var act = () => Setting(PublishedSector(), lowestAge: lowest, highestAge: highest);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "age-range-invalid");
    }

    [TestCase(ProvisionKind.Independent, SettingStatus.MaintainedSchool)]
    [TestCase(ProvisionKind.Independent, SettingStatus.NonMaintainedSpecial)]
    [TestCase(ProvisionKind.NonMaintainedSpecial, SettingStatus.OtherIndependent)]
    [TestCase(ProvisionKind.SpecialSchool, SettingStatus.NonMaintainedSpecial)]
    public void A_status_that_does_not_fit_the_kind_of_provision_is_refused(ProvisionKind kind, SettingStatus status)
    {
        var act = () => Domain.Provision.Setting.Add(Details(kind, status));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "status-does-not-fit");
    }

    [Test]
    public void A_maintained_nursery_school_is_in_the_nursery_phase()
    {
        FluentActions.Invoking(() => Domain.Provision.Setting.Add(Details(ProvisionKind.Mainstream, SettingStatus.MaintainedNursery)))
            .Should().Throw<DomainRuleException>().WithMessage("*nursery phase*");
        Domain.Provision.Setting.Add(Details(ProvisionKind.Mainstream, SettingStatus.MaintainedNursery, SettingPhase.Nursery)).Status.Should().Be(SettingStatus.MaintainedNursery);
    }

    [Test]
    public void Only_an_independent_setting_approved_under_section_41_counts_as_approved()
    {
        Domain.Provision.Setting.Add(Details(ProvisionKind.Independent, SettingStatus.IndependentApprovedS41)).S41Approved.Should().BeTrue();
        Domain.Provision.Setting.Add(Details(ProvisionKind.Independent, SettingStatus.OtherIndependent)).S41Approved.Should().BeFalse();
        Domain.Provision.Setting.Add(Details(ProvisionKind.NonMaintainedSpecial, SettingStatus.NonMaintainedSpecial)).S41Approved.Should().BeFalse();
    }

    private static SettingDetails Details(ProvisionKind kind, SettingStatus status, SettingPhase phase = SettingPhase.AllThrough) => new(
        Urn.Parse("117701"), "Primrose School", phase, 2, 19, kind, PublishedSector().Id, status, true, Postcode.Parse("SG1 1AA"), new GeoPoint(51.9, -0.2), 30, 25, Money.FromPounds(96500m));

    [TestCase(91, 0)]
    [TestCase(51.9, 181)]
    [TestCase(double.NaN, 0)]
    public void Coordinates_out_of_range_are_refused(double latitude, double longitude)
    {
        var act = () => new GeoPoint(latitude, longitude);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "coordinates-out-of-range");
    }

    [Test]
    public void Money_is_held_in_whole_pence()
    {
        Money.FromPounds(23450.5m).Pence.Should().Be(2345050);
        Money.FromPence(2345050).Pounds.Should().Be(23450.50m);
        Money.FromPence(2345050).ToString().Should().Be("£23,450.50");
        ((Action)(() => Money.FromPounds(1.005m))).Should().Throw<DomainRuleException>().Where(e => e.Code == "money-fractional-pence");
        ((Action)(() => Money.FromPounds(-1m))).Should().Throw<DomainRuleException>().Where(e => e.Code == "money-negative");
    }

    [TestCase("117235", true)]
    [TestCase("1172350", true)]
    [TestCase("11723", false)]
    [TestCase("11723A", false)]
    public void A_urn_is_six_or_seven_digits(string text, bool valid)
    {
        Urn.TryParse(text, out _).Should().Be(valid);
    }
}
