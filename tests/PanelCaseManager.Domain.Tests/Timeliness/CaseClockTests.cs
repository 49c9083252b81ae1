using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Timeliness;

public class CaseClockTests
{
    private static readonly DateOnly Received = new(2026, 1, 5);
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly UserId Officer = new("send-officer");

    private static ClockSettings Settings(DateOnly? today = null) => new(
        new StatutoryClock(StatutoryClockRules.Default, new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date))),
        ExceptionReason.Defaults.ToDictionary(r => r.Code),
        ReminderSchedule.Default,
        today ?? new DateOnly(2026, 6, 1));

    private static ExceptionReason Reason(string code) => ExceptionReason.Defaults.Single(r => r.Code == code);

    private static CaseClock NewPlan() => CaseClock.Start(PlacementRequestId.New(), RequestType.NewPlan, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());

    private static CaseMilestone Milestone(CaseClock clock, MilestoneKind kind, Agency? agency = null) =>
        clock.Milestones.Single(m => m.Kind == kind && m.Agency == agency);

    [Test]
    public void A_new_plan_starts_with_its_deadlines_from_the_received_date_and_the_rest_not_due_yet()
    {
        var clock = NewPlan();

        Milestone(clock, MilestoneKind.DecisionToAssess).DueDate.Should().Be(new DateOnly(2026, 2, 16));
        Milestone(clock, MilestoneKind.FinalPlan).DueDate.Should().Be(new DateOnly(2026, 5, 25));
        Milestone(clock, MilestoneKind.DraftPlanComments).DueDate.Should().BeNull("no draft has been served yet");
        Milestone(clock, MilestoneKind.AgencyAdvice).DueDate.Should().BeNull();
        Milestone(clock, MilestoneKind.AppealWindow).IsOpen.Should().BeFalse("the appeal window is the family's, not chased");
        clock.Milestones.Where(m => m.IsOpen).Select(m => m.Kind).Should()
            .BeEquivalentTo([MilestoneKind.DecisionToAssess, MilestoneKind.DecisionWhetherToIssue, MilestoneKind.FinalPlan]);
    }

    [Test]
    public void Recording_an_event_meets_its_milestone_and_starts_the_next()
    {
        var clock = NewPlan();

        clock.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 2, 20), null, ClockEvent.RecordedByOfficer, Officer, Now, Settings());
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 2, 23), Agency.Health, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        var decision = Milestone(clock, MilestoneKind.DecisionToAssess);
        decision.MetOn.Should().Be(new DateOnly(2026, 2, 20));
        decision.MetWithinLimit.Should().BeFalse("16 Feb was the limit");
        decision.DaysTaken.Should().Be(46);
        decision.IsOpen.Should().BeFalse();
        decision.NextReminderOn.Should().BeNull();
        Milestone(clock, MilestoneKind.AgencyAdvice, Agency.Health).DueDate.Should().Be(new DateOnly(2026, 4, 6));
        clock.Milestones.Should().NotContain(m => m.Kind == MilestoneKind.AgencyAdvice && m.Agency == null, "the placeholder gives way to the agency asked");
        clock.DomainEvents.OfType<ClockEventRecorded>().Should().HaveCount(2);
    }

    [Test]
    public void A_decision_not_to_assess_ends_the_path_and_refuses_later_steps()
    {
        var clock = NewPlan();
        clock.Record(ClockEventKind.DecidedNotToAssess, new DateOnly(2026, 2, 10), null, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        Milestone(clock, MilestoneKind.FinalPlan).NotApplicable.Should().BeTrue();
        Milestone(clock, MilestoneKind.FinalPlan).IsOpen.Should().BeFalse();
        var act = () => clock.Record(ClockEventKind.DraftPlanServed, new DateOnly(2026, 3, 1), null, ClockEvent.RecordedByOfficer, Officer, Now, Settings());
        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("milestone-not-reached");
    }

    [TestCase(ClockEventKind.FinalPlanIssued, "draft plan served")]
    [TestCase(ClockEventKind.DraftCommentsReceived, "draft plan served")]
    [TestCase(ClockEventKind.SettingReplied, "setting consulted")]
    [TestCase(ClockEventKind.MediationCertificateIssued, "notice with the right of appeal sent")]
    public void A_milestone_for_a_stage_the_case_never_reached_is_refused(ClockEventKind kind, string needed)
    {
        var clock = NewPlan();
        clock.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 2, 10), null, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        var act = () => clock.Record(kind, new DateOnly(2026, 5, 1), null, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        var refused = act.Should().Throw<DomainRuleException>().Which;
        refused.Code.Should().Be("milestone-not-reached");
        refused.Message.Should().Contain(needed);
        clock.Events.Should().HaveCount(1, "nothing is half-recorded");
    }

    [Test]
    public void Advice_received_needs_that_agencys_request_not_another_agencys()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 2, 1), Agency.Health, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        var act = () => clock.Record(ClockEventKind.AdviceReceived, new DateOnly(2026, 3, 1), Agency.SocialCare, ClockEvent.RecordedByOfficer, Officer, Now, Settings());

        act.Should().Throw<DomainRuleException>().Which.Message.Should().Contain("from SocialCare");
    }

    [Test]
    public void An_event_for_another_request_type_a_future_date_or_before_receipt_is_refused()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());

        clock.Invoking(c => c.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 2, 1), null, "officer", Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("event-not-for-request-type");
        clock.Invoking(c => c.Record(ClockEventKind.DecisionLetterSent, new DateOnly(2026, 6, 2), null, "officer", Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("event-in-future");
        clock.Invoking(c => c.Record(ClockEventKind.DecisionLetterSent, new DateOnly(2026, 1, 4), null, "officer", Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("event-before-request");
        clock.Invoking(c => c.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 2, 1), null, "officer", Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("agency-required");
    }

    [Test]
    public void A_correction_recorded_later_replaces_the_earlier_date()
    {
        var clock = NewPlan();
        clock.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 2, 20), null, "officer", Officer, Now, Settings());
        clock.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 2, 12), null, "officer", Officer, Now, Settings());

        Milestone(clock, MilestoneKind.DecisionToAssess).MetWithinLimit.Should().BeTrue();
        clock.Events.Should().HaveCount(2, "the first record is kept");
    }

    [Test]
    public void An_exception_flags_the_limits_it_lifts_while_the_statutory_date_stands()
    {
        var clock = NewPlan();

        clock.RecordException(Reason("absent-from-area"), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 15), "Family abroad for six weeks.", Officer, Now, Settings());

        var finalPlan = Milestone(clock, MilestoneKind.FinalPlan);
        finalPlan.DueDate.Should().Be(new DateOnly(2026, 5, 25));
        finalPlan.ExceptionApplies.Should().BeTrue();
        finalPlan.ExceptionReasons.Should().Be("absent-from-area");
        Milestone(clock, MilestoneKind.DecisionToAssess).ExceptionApplies.Should().BeFalse("reg 10(4) and 13(3) do not reach the 6-week decision");
        clock.ExceptionApplies.Should().BeTrue();
        clock.DomainEvents.OfType<StatutoryExceptionRecorded>().Should().ContainSingle();
    }

    [Test]
    public void An_exception_after_the_deadline_passed_does_not_excuse_it()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 2, 1), Agency.Health, "officer", Officer, Now, Settings());

        clock.RecordException(Reason("missed-appointment"), new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 25), null, Officer, Now, Settings());

        Milestone(clock, MilestoneKind.AgencyAdvice, Agency.Health).DueDate.Should().Be(new DateOnly(2026, 3, 15));
        Milestone(clock, MilestoneKind.AgencyAdvice, Agency.Health).ExceptionApplies.Should().BeFalse();
        clock.ExceptionApplies.Should().BeFalse();
    }

    [Test]
    public void An_exception_ending_before_it_starts_or_outside_the_cases_life_is_refused()
    {
        var clock = NewPlan();

        clock.Invoking(c => c.RecordException(Reason("school-closure"), new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 1), null, Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("exception-ends-before-it-starts");
        clock.Invoking(c => c.RecordException(Reason("school-closure"), new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 1), null, Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("exception-before-request");

        clock.Stop(new DateOnly(2026, 4, 1), Settings());
        clock.Invoking(c => c.RecordException(Reason("school-closure"), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 2), null, Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("exception-after-case-ended");
        clock.Exceptions.Should().BeEmpty();
    }

    [Test]
    public void Stopping_the_clock_stops_the_chasing_and_resuming_restarts_it()
    {
        var clock = NewPlan();

        clock.Stop(new DateOnly(2026, 3, 1), Settings());
        clock.Milestones.Should().NotContain(m => m.IsOpen || m.NextReminderOn != null);

        clock.Resume(Settings());
        Milestone(clock, MilestoneKind.FinalPlan).IsOpen.Should().BeTrue();
        Milestone(clock, MilestoneKind.FinalPlan).NextReminderOn.Should().Be(new DateOnly(2026, 5, 15), "10 days before 25 May");
    }

    [Test]
    public void The_appeal_window_runs_from_the_notice_not_from_the_panels_decision_letter()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());
        clock.Record(ClockEventKind.DecisionLetterSent, new DateOnly(2026, 3, 12), null, "decision-letters", Officer, Now, Settings());

        Milestone(clock, MilestoneKind.AppealWindow).DueDate.Should().BeNull("a panel's letter gives no right of appeal of its own");
        clock.Invoking(c => c.Record(ClockEventKind.MediationCertificateIssued, new DateOnly(2026, 3, 20), null, "officer", Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("milestone-not-reached");

        clock.Record(ClockEventKind.AppealableNoticeSent, new DateOnly(2026, 4, 14), null, "notices", Officer, Now, Settings());

        Milestone(clock, MilestoneKind.AppealWindow).StartedOn.Should().Be(new DateOnly(2026, 4, 14));
        Milestone(clock, MilestoneKind.AppealWindow).DueDate.Should().Be(new DateOnly(2026, 6, 15), "14 June 2026 is a Sunday");
    }

    [Test]
    public void A_refusal_to_assess_notice_can_still_be_recorded_once_the_la_decided_not_to_assess()
    {
        var clock = NewPlan();
        clock.Record(ClockEventKind.DecidedNotToAssess, new DateOnly(2026, 2, 10), null, "notices", Officer, Now, Settings());

        clock.Record(ClockEventKind.AppealableNoticeSent, new DateOnly(2026, 2, 10), null, "notices", Officer, Now, Settings());

        Milestone(clock, MilestoneKind.AppealWindow).DueDate.Should().Be(new DateOnly(2026, 4, 10));
    }

    [Test]
    public void New_bank_holidays_move_an_appeal_deadline_that_lands_on_one()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());
        clock.Record(ClockEventKind.AppealableNoticeSent, new DateOnly(2026, 3, 12), null, "notices", Officer, Now, Settings());
        Milestone(clock, MilestoneKind.AppealWindow).DueDate.Should().Be(new DateOnly(2026, 5, 12));

        var withExtraHoliday = Settings() with
        {
            Clock = new StatutoryClock(StatutoryClockRules.Default, new WorkingDayCalendar([new DateOnly(2026, 5, 12)])),
        };
        clock.Recompute(withExtraHoliday);

        Milestone(clock, MilestoneKind.AppealWindow).DueDate.Should().Be(new DateOnly(2026, 5, 13));
        Milestone(clock, MilestoneKind.AppealWindow).DependsOnWorkingDays.Should().BeTrue();
    }
}
