using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;
using static PanelCaseManager.Domain.Tests.PlacementRequests.PlacementRequestFactory;

namespace PanelCaseManager.Domain.Tests.PlacementRequests;

public class SubmitRulesTests
{
    [Test]
    public void Submitted_request_starts_at_received_with_an_event()
    {
        var request = Submit();

        request.Stage.Should().Be(Stage.Received);
        request.Reference.Value.Should().Be("PR-2026-000001");
        request.PrimaryNeed.Should().Be("ASD");
        request.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<PlacementRequestSubmitted>();
    }

    [Test]
    public void Preferences_are_kept_in_rank_order()
    {
        var request = Submit([OfType(2, ProvisionKind.SendUnit), Named(1, "Brookside Special School")]);

        request.Preferences.Select(p => p.Rank).Should().Equal(1, 2);
    }

    [Test]
    public void More_preferences_than_allowed_are_refused()
    {
        var act = () => Submit([Named(1, "A"), Named(2, "B"), Named(3, "C")], maximumPreferences: 2);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "too-many-preferences");
    }

    [Test]
    public void The_same_setting_twice_is_a_duplicate_preference_even_in_other_case()
    {
        var act = () => Submit([Named(1, "Brookside Special School"), Named(2, " brookside special school ")]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "duplicate-preference");
    }

    [Test]
    public void The_same_urn_twice_is_a_duplicate_preference()
    {
        var act = () => Submit([Named(1, "Brookside", "117660"), Named(2, "Brookside Special School", "117660")]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "duplicate-preference");
    }

    [Test]
    public void The_same_type_of_provision_twice_is_a_duplicate_preference()
    {
        var act = () => Submit([OfType(1, ProvisionKind.SendUnit), OfType(2, ProvisionKind.SendUnit)]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "duplicate-preference");
    }

    [Test]
    public void Gaps_in_preference_ranks_are_refused()
    {
        var act = () => Submit([Named(1, "A"), Named(3, "B")]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "preference-ranks");
    }

    [Test]
    public void No_preference_at_all_is_allowed()
    {
        Submit([]).Preferences.Should().BeEmpty();
    }

    [Test]
    public void A_request_needs_a_primary_need()
    {
        var act = () => Submit(needs: [new RankedNeed(2, "SLCN")]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "primary-need-required");
    }

    [Test]
    public void The_secondary_need_must_differ_from_the_primary()
    {
        var act = () => Submit(needs: [new RankedNeed(1, "ASD"), new RankedNeed(2, "asd")]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "duplicate-need");
    }

    [Test]
    public void A_received_date_in_the_future_is_refused()
    {
        var act = () => Submit(receivedDate: Today.AddDays(1));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "received-date-in-future");
    }

    [Test]
    public void Cases_are_assigned_only_to_officers_and_managers()
    {
        var act = () => Submit(officer: OfficerAccount(Role.PanelMember));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "officer-cannot-hold-cases");
    }

    [TestCase(-1)]
    [TestCase(5)]
    public void Need_levels_outside_0_to_4_are_refused(int level)
    {
        var act = () => new NeedsProfile(level, 0, 0, 0);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "need-level-out-of-range");
    }

    [Test]
    public void Need_level_is_read_by_broad_area()
    {
        var levels = new NeedsProfile(1, 2, 3, 4);

        levels.LevelIn(BroadAreaOfNeed.SocialEmotionalAndMentalHealth).Should().Be(3);
        levels.LevelIn(BroadAreaOfNeed.SensoryAndPhysical).Should().Be(4);
    }

    [Test]
    public void The_sen2_catalogue_includes_down_syndrome_from_2025()
    {
        Sen2Catalogue.England2025.Contains("DS").Should().BeTrue();
        Sen2Catalogue.England2025.Contains("XYZ").Should().BeFalse();
        Sen2Catalogue.England2025.All.Should().HaveCount(13);
    }
}
