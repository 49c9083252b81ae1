using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Panels;

public class QuorumRuleTests
{
    private static readonly QuorumRule Default = new([Agency.Education, Agency.Health, Agency.SocialCare, Agency.EducationalPsychology], 4);

    [Test]
    public void Each_required_agency_present_makes_a_quorum()
    {
        Default.Check([Agency.Education, Agency.Health, Agency.SocialCare, Agency.EducationalPsychology, Agency.Education]).IsQuorate.Should().BeTrue();
    }

    [Test]
    public void A_missing_agency_is_named()
    {
        var check = Default.Check([Agency.Education, Agency.Education, Agency.SocialCare, Agency.EducationalPsychology]);

        check.IsQuorate.Should().BeFalse();
        check.MissingAgencies.Should().Equal(Agency.Health);
        check.Explain().Should().Contain("no health member");
    }

    [Test]
    public void Too_few_members_is_not_a_quorum_even_with_every_agency()
    {
        var rule = new QuorumRule([Agency.Education, Agency.Health], 3);

        var check = rule.Check([Agency.Education, Agency.Health]);

        check.IsQuorate.Should().BeFalse();
        check.Explain().Should().Contain("2 members count where at least 3 are needed");
    }

    [Test]
    public void A_rule_needs_an_agency_and_a_member()
    {
        FluentActions.Invoking(() => new QuorumRule([], 1)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => new QuorumRule([Agency.Health], 0)).Should().Throw<DomainRuleException>();
    }

    [Test]
    public void Rules_with_the_same_agencies_in_any_order_are_equal()
    {
        new QuorumRule([Agency.Health, Agency.Education], 2).Should().Be(new QuorumRule([Agency.Education, Agency.Health, Agency.Health], 2));
    }
}
