using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Tests.PlacementRequests;
using PanelCaseManager.Domain.Users;
using static PanelCaseManager.Domain.Tests.PlacementRequests.PlacementRequestFactory;

namespace PanelCaseManager.Domain.Tests.Evidence;

public class AdviceRequestTests
{
    private static AdviceRequest Requested(int weeks = 6) =>
        AdviceRequest.Request(PlacementRequestFactory.At(Stage.Evidence), Agency.Health, null, "Community paediatrics", Today.AddDays(-2), weeks, Officer, Now);

    [TestCase(6, 40)]
    [TestCase(8, 54)]
    public void Advice_falls_due_the_configured_weeks_after_it_was_requested(int weeks, int daysFromToday)
    {
        var advice = Requested(weeks);

        advice.DueOn.Should().Be(Today.AddDays(daysFromToday));
        advice.IsOutstanding.Should().BeTrue();
        advice.IsOverdueOn(advice.DueOn).Should().BeFalse();
        advice.IsOverdueOn(advice.DueOn.AddDays(1)).Should().BeTrue();
    }

    [Test]
    public void Advice_is_received_once_and_not_before_it_was_requested()
    {
        var advice = Requested();

        FluentActions.Invoking(() => advice.RecordReceived(Today.AddDays(-3), "Advice.", null, null, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("received-before-requested");
        advice.RecordReceived(Today, "Advice.", "A specialist place.", null, Officer, Now);
        FluentActions.Invoking(() => advice.RecordReceived(Today, "Again.", null, null, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("advice-already-received");
        advice.IsOutstanding.Should().BeFalse();
    }

    [Test]
    public void Advice_is_not_requested_for_a_decided_case_or_from_an_unnamed_other_agency()
    {
        FluentActions.Invoking(() => AdviceRequest.Request(PlacementRequestFactory.At(Stage.Decided), Agency.Health, null, "x", Today, 6, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("case-not-gathering-evidence");
        FluentActions.Invoking(() => AdviceRequest.Request(PlacementRequestFactory.At(Stage.Evidence), Agency.Other, " ", "x", Today, 6, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("agency-name-required");
    }
}
