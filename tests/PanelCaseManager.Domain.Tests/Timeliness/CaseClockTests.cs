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

    private static ExceptionDates Period(DateOnly start, DateOnly end) => new(start, end);

    private static ExceptionDates Closure(DateOnly closedOn, DateOnly reopenedOn) => new(null, null, closedOn, reopenedOn);

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
    [TestCase(ClockEventKind.MediationCertificateIssued, "decision letter sent")]
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

        // 1 March to 15 April 2026: 31 + 15 = 46 days away, over 4 weeks.
        clock.RecordException(Reason("absent-from-area"), Period(new(2026, 3, 1), new(2026, 4, 15)), null, "Family abroad for six weeks.", Officer, Now, Settings());

        var finalPlan = Milestone(clock, MilestoneKind.FinalPlan);
        finalPlan.DueDate.Should().Be(new DateOnly(2026, 5, 25));
        finalPlan.ExceptionApplies.Should().BeTrue();
        finalPlan.ExceptionReasons.Should().Be("absent-from-area");
        Milestone(clock, MilestoneKind.DecisionToAssess).ExceptionApplies.Should().BeFalse("the absence began after the 6-week decision was due (16 February)");
        clock.ExceptionApplies.Should().BeTrue();
        clock.DomainEvents.OfType<StatutoryExceptionRecorded>().Should().ContainSingle();
    }

    [TestCase("absent-from-area")]
    [TestCase("exceptional-personal-circumstances")]
    public void Reg_5_4_exceptions_reach_the_6_week_decision_whether_to_assess(string reason)
    {
        var clock = NewPlan();

        // 6 January to 6 February 2026: 26 + 6 = 32 days, inside the 6 weeks that end on 16 February.
        clock.RecordException(Reason(reason), Period(new(2026, 1, 6), new(2026, 2, 6)), null, null, Officer, Now, Settings());

        Milestone(clock, MilestoneKind.DecisionToAssess).ExceptionReasons.Should().Be(reason);
    }

    [Test]
    public void Reg_10_4_b_an_early_years_closure_does_not_reach_the_6_week_decision()
    {
        ExceptionReason.Defaults.Single(r => r.Code == "early-years-closure").AppliesTo.Should().NotContain(MilestoneKind.DecisionToAssess);
        ExceptionReason.Defaults.Single(r => r.Code == "school-closure").AppliesTo.Should().Contain(MilestoneKind.DecisionToAssess, "reg 5(4)(a)");
    }

    [Test]
    public void An_exception_after_the_deadline_passed_does_not_excuse_it()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 2, 1), Agency.Health, "officer", Officer, Now, Settings());

        clock.RecordException(Reason("missed-appointment"), Period(new(2026, 3, 20), new(2026, 3, 25)), null, null, Officer, Now, Settings());

        Milestone(clock, MilestoneKind.AgencyAdvice, Agency.Health).DueDate.Should().Be(new DateOnly(2026, 3, 15));
        Milestone(clock, MilestoneKind.AgencyAdvice, Agency.Health).ExceptionApplies.Should().BeFalse();
        clock.ExceptionApplies.Should().BeFalse();
    }

    [Test]
    public void Reg_10_4_d_an_absence_of_three_weeks_is_refused_naming_the_end_date()
    {
        var clock = NewPlan();

        // 1 to 21 March 2026 is 21 days counting both: 3 weeks, short of the 4 weeks in a row the law needs.
        var problems = clock.ProblemsWith(Reason("absent-from-area"), Period(new(2026, 3, 1), new(2026, 3, 21)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1));

        problems.Should().ContainSingle().Which.Should().Be(new ExceptionProblem("endDate",
            "This exception needs the child or family to be away from the area for at least 4 weeks in a row: 1 March 2026 to 21 March 2026 is 3 weeks (21 days)."));
        clock.Invoking(c => c.RecordException(Reason("absent-from-area"), Period(new(2026, 3, 1), new(2026, 3, 21)), null, null, Officer, Now, Settings()))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("exception-period-does-not-qualify");
        clock.Exceptions.Should().BeEmpty();
    }

    [Test]
    public void Reg_10_4_d_an_absence_of_exactly_four_weeks_qualifies()
    {
        var clock = NewPlan();

        // 1 to 28 March 2026: 28 days counting both the first and the last day away.
        clock.ProblemsWith(Reason("absent-from-area"), Period(new(2026, 3, 1), new(2026, 3, 28)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().BeEmpty();
    }

    [Test]
    public void An_exception_period_that_ends_before_it_starts_is_refused_naming_the_end_date()
    {
        var clock = NewPlan();

        clock.ProblemsWith(Reason("exceptional-personal-circumstances"), Period(new(2026, 3, 10), new(2026, 3, 1)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().Equal(new ExceptionProblem("endDate", "The exception cannot end before it starts."));
    }

    [Test]
    public void An_exception_outside_the_cases_life_is_refused()
    {
        var clock = NewPlan();

        clock.ProblemsWith(Reason("exceptional-personal-circumstances"), Period(new(2025, 12, 1), new(2026, 3, 1)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().ContainSingle().Which.Field.Should().Be("startDate");

        clock.Stop(new DateOnly(2026, 4, 1), Settings());
        clock.ProblemsWith(Reason("exceptional-personal-circumstances"), Period(new(2026, 3, 1), new(2026, 4, 2)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().ContainSingle().Which.Field.Should().Be("endDate");
    }

    [Test]
    public void Reg_10_4_a_the_school_closure_exception_runs_from_a_week_before_it_closed_to_a_week_before_it_reopened()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.NewPlan, new DateOnly(2026, 6, 1), ChildId.New(), new DateOnly(2016, 3, 14), true, Settings(new DateOnly(2026, 9, 10)));
        clock.Record(ClockEventKind.DecidedToAssess, new DateOnly(2026, 7, 6), null, "officer", Officer, Now, Settings(new DateOnly(2026, 9, 10)));
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 7, 17), Agency.Education, "officer", Officer, Now, Settings(new DateOnly(2026, 9, 10)));

        // Closed Wed 22 July, reopened Wed 2 September 2026: 9 + 31 + 1 = 41 days shut, over 4 weeks.
        // Window: 22 July − 7 = 15 July, to 2 September − 7 = 26 August; the advice was asked on 17 July, inside it.
        var recorded = clock.RecordException(Reason("school-closure"), Closure(new(2026, 7, 22), new(2026, 9, 2)), null, null, Officer, Now, Settings(new DateOnly(2026, 9, 10)));

        recorded.StartDate.Should().Be(new DateOnly(2026, 7, 15));
        recorded.EndDate.Should().Be(new DateOnly(2026, 8, 26));
        recorded.ClosedOn.Should().Be(new DateOnly(2026, 7, 22));
        recorded.ReopenedOn.Should().Be(new DateOnly(2026, 9, 2));
        // 20 weeks from 1 June = 140 days: 29 to 30 June, 60 to 31 July, 91 to 31 August, 121 to 30 September, 19 more: Mon 19 October.
        Milestone(clock, MilestoneKind.FinalPlan).DueDate.Should().Be(new DateOnly(2026, 10, 19));
        Milestone(clock, MilestoneKind.FinalPlan).ExceptionReasons.Should().Be("school-closure");
    }

    [Test]
    public void Reg_10_4_a_a_closure_of_less_than_four_weeks_is_refused_naming_the_reopening_date()
    {
        var clock = NewPlan();
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 3, 30), Agency.Education, "officer", Officer, Now, Settings());

        // Easter: closed Thu 2 April, reopened Mon 20 April 2026: 18 days, 2 weeks and 4 days.
        clock.ProblemsWith(Reason("school-closure"), Closure(new(2026, 4, 2), new(2026, 4, 20)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().Equal(new ExceptionProblem("reopenedOn",
                "This exception needs a closure of at least 4 weeks: closed on 2 April 2026 and reopened on 20 April 2026 is 2 weeks and 4 days (18 days)."));
    }

    [Test]
    public void Reg_10_4_a_a_closure_applies_only_to_education_advice_asked_for_in_its_window()
    {
        var clock = NewPlan();
        // Health advice asked for inside the window is not the school's; the school was asked before the window.
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 3, 20), Agency.Health, "officer", Officer, Now, Settings());
        clock.Record(ClockEventKind.AdviceRequested, new DateOnly(2026, 3, 5), Agency.Education, "officer", Officer, Now, Settings());

        // Closed 1 April, reopened 6 May 2026 (35 days): window 25 March to 29 April; the school was asked on 5 March, before it.
        clock.ProblemsWith(Reason("school-closure"), Closure(new(2026, 4, 1), new(2026, 5, 6)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().ContainSingle().Which.Should().Be(new ExceptionProblem("closedOn",
                "This exception applies only to education advice asked for from one week before the closure to one week before it reopened (2026-03-25 to 2026-04-29); no request for education advice is recorded in that time."));
    }

    [Test]
    public void A_closure_is_given_by_its_closing_and_reopening_dates_not_a_period()
    {
        var clock = NewPlan();

        var problems = clock.ProblemsWith(Reason("school-closure"), Period(new(2026, 4, 1), new(2026, 5, 6)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1));

        problems.Select(p => p.Field).Should().BeEquivalentTo(["startDate", "closedOn", "reopenedOn"]);
        clock.ProblemsWith(Reason("absent-from-area"), Closure(new(2026, 4, 1), new(2026, 5, 6)), null, StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Select(p => p.Field).Should().BeEquivalentTo(["closedOn", "startDate", "endDate"]);
    }

    [Test]
    public void CoP_9_42_the_day_the_family_was_told_is_recorded_with_the_exception_or_later()
    {
        var clock = NewPlan();

        var told = clock.RecordException(Reason("exceptional-personal-circumstances"), Period(new(2026, 2, 1), new(2026, 3, 1)), new DateOnly(2026, 2, 3), null, Officer, Now, Settings());
        var notYet = clock.RecordException(Reason("absent-from-area"), Period(new(2026, 3, 1), new(2026, 4, 15)), null, null, Officer, Now, Settings());

        told.FamilyToldOn.Should().Be(new DateOnly(2026, 2, 3));
        notYet.FamilyToldOn.Should().BeNull();

        clock.RecordFamilyTold(notYet.Sequence, new DateOnly(2026, 4, 20), Officer, Now, new DateOnly(2026, 6, 1));

        clock.Exceptions.Single(e => e.Sequence == notYet.Sequence).FamilyToldOn.Should().Be(new DateOnly(2026, 4, 20));
        clock.DomainEvents.OfType<ExceptionToldToFamily>().Should().ContainSingle().Which.ToldOn.Should().Be(new DateOnly(2026, 4, 20));
    }

    [Test]
    public void CoP_9_42_the_family_cannot_be_told_in_the_future_or_before_the_request()
    {
        var clock = NewPlan();
        var exception = clock.RecordException(Reason("exceptional-personal-circumstances"), Period(new(2026, 2, 1), new(2026, 3, 1)), null, null, Officer, Now, Settings());

        clock.Invoking(c => c.RecordFamilyTold(exception.Sequence, new DateOnly(2026, 6, 2), Officer, Now, new DateOnly(2026, 6, 1)))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("family-told-date");
        clock.Invoking(c => c.RecordFamilyTold(exception.Sequence, new DateOnly(2026, 1, 4), Officer, Now, new DateOnly(2026, 6, 1)))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("family-told-date");
        clock.ProblemsWith(Reason("exceptional-personal-circumstances"), Period(new(2026, 2, 1), new(2026, 3, 1)), new DateOnly(2026, 6, 2), StatutoryClockRules.Default, new DateOnly(2026, 6, 1))
            .Should().ContainSingle().Which.Field.Should().Be("familyToldOn");
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
    public void New_bank_holidays_move_an_appeal_deadline_that_lands_on_one()
    {
        var clock = CaseClock.Start(PlacementRequestId.New(), RequestType.ChangeOfPlacement, Received, ChildId.New(), new DateOnly(2016, 3, 14), true, Settings());
        clock.Record(ClockEventKind.DecisionLetterSent, new DateOnly(2026, 3, 12), null, "officer", Officer, Now, Settings());
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
