using System.Reflection;
using Mediator;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Application.Tests.Audit;

public class AuditActionsTests
{
    /// <summary>Every request the pipeline audits, named as the trail names it ("GetPlacementRequest.Query").</summary>
    private static readonly string[] AuditedActions = typeof(DependencyInjection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t) && t.GetCustomAttribute<ReadsNoPersonalDataAttribute>() is null
                    || (t is { IsClass: true, IsAbstract: false } && typeof(IBaseCommand).IsAssignableFrom(t)))
        .Select(t => t.DeclaringType is { } outer ? $"{outer.Name}.{t.Name}" : t.Name)
        .Distinct()
        .ToArray();

    [Test]
    public void Every_audited_request_is_said_in_words_of_its_own()
    {
        AuditedActions.Should().NotBeEmpty();
        AuditedActions.Where(a => !AuditActions.IsDescribed(a)).Should().BeEmpty("an auditor reads what happened in words, not a request's name");
    }

    [Test]
    public void Words_say_what_happened_and_an_action_this_version_does_not_know_reads_as_the_words_of_its_name()
    {
        AuditActions.Describe("GetPlacementRequest.Query").Should().Be("Read the case");
        AuditActions.Describe("SignOffDecision.Command").Should().Be("Signed off the panel's decision");
        AuditActions.Describe("StaffSignIn").Should().Be("Signed in (staff)");
        AuditActions.Describe("RecordSomethingNew.Command").Should().Be("Record something new");
    }

    [Test]
    public void A_refused_attempt_says_how_it_ended_and_a_success_says_nothing_more()
    {
        AuditActions.DescribeOutcome(AuditOutcomes.Succeeded).Should().BeNull();
        AuditActions.DescribeOutcome(AuditOutcomes.NotFound).Should().Be("Refused: not found, or not theirs to see");
        AuditActions.DescribeOutcome(AuditOutcomes.Forbidden).Should().StartWith("Refused");
    }
}
