using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Timeliness;

/// <summary>Telling the family why a deadline is late: the statutory date stays, the latest explanation counts, and bad input is refused by field.</summary>
public class LateDeadlineTests
{
    // Received Monday 5 January 2026: the decision whether to assess is due within 6 weeks, on Monday 16 February 2026
    // (5 Jan + 42 days = 16 Feb; reg 4(1), counted from the day after receipt).
    private static readonly DateOnly Received = new(2026, 1, 5);
    private static readonly DateOnly Due = new(2026, 2, 16);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly UserId Officer = new("send-officer");

    private static ClockSettings Settings() => new(
        new StatutoryClock(StatutoryClockRules.Default, new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date))),
        ExceptionReason.Defaults.ToDictionary(r => r.Code),
        ReminderSchedule.Default,
        Today);

    private static CaseClock NewPlan() => CaseClock.Start(PlacementRequestId.New(), RequestType.NewPlan, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());

    [Test]
    public void The_reason_and_new_date_are_kept_and_the_statutory_date_does_not_move()
    {
        var clock = NewPlan();
        clock.Milestones.Single(m => m.Kind == MilestoneKind.DecisionToAssess).DueDate.Should().Be(Due);

        clock.ExplainLate(MilestoneKind.DecisionToAssess, null, "  The school's report is late.  ", new DateOnly(2026, 3, 13), Officer, Now, Today);
        clock.ExplainLate(MilestoneKind.DecisionToAssess, null, "We now have the report.", new DateOnly(2026, 3, 9), Officer, Now, Today);

        var latest = clock.LateExplanationOf(MilestoneKind.DecisionToAssess, null)!;
        latest.Reason.Should().Be("We now have the report.");
        latest.ExpectedBy.Should().Be(new DateOnly(2026, 3, 9));
        clock.LateExplanations.Should().HaveCount(2);
        clock.LateExplanations[0].Reason.Should().Be("The school's report is late.");
        clock.Milestones.Single(m => m.Kind == MilestoneKind.DecisionToAssess).DueDate.Should().Be(Due, "the law's date is never moved");
        clock.DomainEvents.OfType<LateDeadlineExplained>().Should().HaveCount(2);
    }

    [Test]
    public void A_new_date_on_or_before_the_statutory_one_or_in_the_past_is_refused_by_field()
    {
        var clock = NewPlan();

        clock.ProblemsExplainingLate(MilestoneKind.DecisionToAssess, null, "Late.", Due, new DateOnly(2026, 2, 1))
            .Should().ContainSingle(p => p.Field == CaseClock.ExpectedByField && p.Message.Contains("after the statutory date (2026-02-16)"));
        clock.ProblemsExplainingLate(MilestoneKind.DecisionToAssess, null, "Late.", Today.AddDays(-1), Today)
            .Should().ContainSingle(p => p.Field == CaseClock.ExpectedByField && p.Message.Contains("cannot be in the past"));
        clock.ProblemsExplainingLate(MilestoneKind.DecisionToAssess, null, " ", null, Today).Select(p => p.Field)
            .Should().BeEquivalentTo([CaseClock.LateReasonField, CaseClock.ExpectedByField]);
        clock.ProblemsExplainingLate(MilestoneKind.DecisionToAssess, null, new string('a', CaseClock.LateReasonMaxLength + 1), Today, Today)
            .Should().Contain(p => p.Field == CaseClock.LateReasonField);
        clock.Invoking(c => c.ExplainLate(MilestoneKind.DecisionToAssess, null, "Late.", Due, Officer, Now, Today))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("late-deadline-not-explained");
    }

    [Test]
    public void A_deadline_already_met_one_the_case_does_not_have_or_a_case_that_ended_cannot_be_explained()
    {
        var clock = NewPlan();
        clock.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 2, 20), null, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        clock.ProblemsExplainingLate(MilestoneKind.DecisionToAssess, null, "Late.", Today, Today)
            .Should().ContainSingle(p => p.Field == CaseClock.LateMilestoneField && p.Message.Contains("no longer late"));
        clock.ProblemsExplainingLate(MilestoneKind.AmendedFinalPlan, null, "Late.", Today, Today)
            .Should().ContainSingle(p => p.Field == CaseClock.LateMilestoneField);

        clock.Stop(Today, Settings());
        clock.ProblemsExplainingLate(MilestoneKind.FinalPlan, null, "Late.", new DateOnly(2026, 6, 30), Today)
            .Should().ContainSingle(p => p.Field == CaseClock.LateMilestoneField && p.Message.Contains("ended"));
    }
}
