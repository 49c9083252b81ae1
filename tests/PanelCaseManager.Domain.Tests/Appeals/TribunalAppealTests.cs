using System.Globalization;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Appeals;

/// <summary>
/// Tribunal orders on the clock, counted by hand: "within N weeks of the order being made" (SEND Regulations 2014
/// reg 44(2)) or of the council's notice to the tribunal (reg 45) counts from the day after, in calendar weeks — a
/// weekend, bank holiday or Christmas does not move the date. And the appeal record's own rules.
/// </summary>
public class TribunalOrderDeadlineTests
{
    private static readonly StatutoryClock Clock = new(
        StatutoryClockRules.Default,
        new WorkingDayCalendar(BankHoliday.EnglandAndWales2025To2028.Select(h => h.Date)));

    private static IEnumerable<TestCaseData> OrderCases()
    {
        // Wed 16 Feb 2028, a leap year: 17–29 Feb are 13 days, Wed 1 Mar the 14th.
        yield return Order("name the school, across a leap day", MilestoneKind.TribunalOrderNameSchool, "2028-02-16", "2028-03-01");
        // Tue 16 Feb 2027: 17–28 Feb are 12 days, 1 Mar the 13th, Tue 2 Mar the 14th.
        yield return Order("name the school, in an ordinary year", MilestoneKind.TribunalOrderNameSchool, "2027-02-16", "2027-03-02");
        // Sun 31 Jan 2027 + 35: 28 Feb is the 28th day, Sun 7 Mar the 35th (a Sunday stays a Sunday).
        yield return Order("amend the plan, from a month end", MilestoneKind.TribunalOrderAmendPlan, "2027-01-31", "2027-03-07");
        // Sun 20 Dec 2026 + 35: 31 Dec is the 11th day, Sun 24 Jan 2027 the 35th; Christmas does not move it.
        yield return Order("draft plan, over Christmas", MilestoneKind.TribunalOrderDraftPlan, "2026-12-20", "2027-01-24");
        // 20 Dec 2026 + 77: 31 Dec (11), 31 Jan (42), 28 Feb (70), Sun 7 Mar 2027 (77).
        yield return Order("final plan, 11 weeks", MilestoneKind.TribunalOrderFinalPlan, "2026-12-20", "2027-03-07");
        // Thu 24 Dec 2026 + 14: 31 Dec (7), Thu 7 Jan 2027 (14): the bank holidays do not count against it.
        yield return Order("tell the family of the assessment, over Christmas", MilestoneKind.TribunalOrderNotifyAssessment, "2026-12-24", "2027-01-07");
        // Tue 30 Nov 2027 + 98: 31 Dec (31), 31 Jan (62), 29 Feb 2028 (91), Tue 7 Mar (98).
        yield return Order("final plan after the assessment, across a leap year", MilestoneKind.TribunalOrderPlanAfterAssessment, "2027-11-30", "2028-03-07");
    }

    [TestCaseSource(nameof(OrderCases))]
    public void An_order_is_due_its_weeks_after_the_day_it_was_made(MilestoneKind kind, DateOnly made, DateOnly due)
    {
        var order = new ClockOrderInput(Guid.NewGuid(), kind, made, null);

        var milestone = MilestonesWith(order).Single(m => m.Kind == kind);

        milestone.StartedOn.Should().Be(made);
        milestone.DueDate.Should().Be(due);
        milestone.Slot.Should().Be(order.OrderId.ToString("D"), "each order is a deadline of its own");
        milestone.IsOpen.Should().BeTrue();
        milestone.DependsOnWorkingDays.Should().BeFalse("the periods are calendar weeks");
    }

    [Test]
    public void Two_orders_are_two_deadlines_and_each_is_met_on_its_own()
    {
        var draft = new ClockOrderInput(Guid.NewGuid(), MilestoneKind.TribunalOrderDraftPlan, D("2026-12-20"), D("2027-01-25"));
        var final = new ClockOrderInput(Guid.NewGuid(), MilestoneKind.TribunalOrderFinalPlan, D("2026-12-20"), null);

        var milestones = MilestonesWith(draft, final);

        var d = milestones.Single(m => m.Kind == MilestoneKind.TribunalOrderDraftPlan);
        d.MetOn.Should().Be(D("2027-01-25"));
        d.MetWithinLimit.Should().BeFalse("due Sun 24 Jan 2027, met a day later");
        milestones.Single(m => m.Kind == MilestoneKind.TribunalOrderFinalPlan).IsOpen.Should().BeTrue();
    }

    [Test]
    public void The_periods_come_from_the_rules()
    {
        var clock = new StatutoryClock(StatutoryClockRules.Default with { OrderAmendPlanWeeks = 4 }, WorkingDayCalendar.WeekendsOnly);
        var milestones = clock.MilestonesFor(new ClockInputs(RequestType.ChangeOfPlacement, D("2026-01-05"), new DateOnly(2016, 3, 14), [], [])
        {
            Orders = [new(Guid.NewGuid(), MilestoneKind.TribunalOrderAmendPlan, D("2027-01-31"), null)],
        });

        // Sun 31 Jan 2027 + 28: Sun 28 Feb.
        milestones.Single(m => m.Kind == MilestoneKind.TribunalOrderAmendPlan).DueDate.Should().Be(D("2027-02-28"));
    }

    [Test]
    public void The_case_clock_keeps_an_order_deadline_open_after_the_case_has_closed_and_meets_it_when_carried_out()
    {
        var settings = new ClockSettings(Clock, new Dictionary<string, ExceptionReason>(), ReminderSchedule.Default, D("2027-03-01"));
        var clock = CaseClock.Start(new PlacementRequestId(Guid.NewGuid()), RequestType.ChangeOfPlacement, D("2026-10-01"), new PanelCaseManager.Domain.Children.ChildId(Guid.NewGuid()),
            new DateOnly(2016, 3, 14), false, settings);
        clock.Stop(D("2026-12-01"), settings);
        var order = new ClockOrderInput(Guid.NewGuid(), MilestoneKind.TribunalOrderNameSchool, D("2027-02-01"), null);

        clock.RecordOrder(order, settings);
        var stored = clock.Milestones.Single(m => m.Kind == MilestoneKind.TribunalOrderNameSchool);
        stored.DueDate.Should().Be(D("2027-02-15"), "Mon 1 Feb 2027 + 14 days");
        stored.IsOpen.Should().BeTrue("an order is chased on a closed case: it follows the notice");

        clock.RecordOrder(order with { MetOn = D("2027-02-12") }, settings);
        stored.IsOpen.Should().BeFalse();
        stored.MetWithinLimit.Should().BeTrue();
        clock.Milestones.Count(m => m.Kind == MilestoneKind.TribunalOrderNameSchool).Should().Be(1);
    }

    private static IReadOnlyList<Milestone> MilestonesWith(params ClockOrderInput[] orders) =>
        Clock.MilestonesFor(new ClockInputs(RequestType.ChangeOfPlacement, D("2026-01-05"), new DateOnly(2016, 3, 14), [], []) { Orders = orders });

    private static TestCaseData Order(string name, MilestoneKind kind, string made, string due) =>
        new TestCaseData(kind, D(made), D(due)).SetName($"Tribunal order: {name} ({due})");

    internal static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public class TribunalAppealTests
{
    private static readonly UserId Officer = new("officer-1");
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static DateOnly D(string date) => TribunalOrderDeadlineTests.D(date);

    [Test]
    public void An_appeal_against_a_decision_letter_is_refused_as_it_carries_no_right_of_appeal()
    {
        var letter = Letter(LetterOutcome.AgreePreference, D("2027-01-10"));

        TribunalAppeal.ProblemsRegistering(letter, AppealSubject.PlanContents, D("2027-02-01"), null, null, null, Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.NoticeIdField);
        FluentActions.Invoking(() => TribunalAppeal.Register(letter, AppealSubject.PlanContents, D("2027-02-01"), null, null, null, Today, Officer, Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("no-right-of-appeal");
    }

    [Test]
    public void What_the_appeal_is_about_follows_the_notice()
    {
        var refusal = Letter(LetterOutcome.RefusalToAssessNotice, D("2027-01-10"));

        TribunalAppeal.ProblemsRegistering(refusal, AppealSubject.NamedSchoolOrTypeOnly, D("2027-02-01"), null, null, null, Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.SubjectField);
        TribunalAppeal.ProblemsRegistering(refusal, AppealSubject.Refusal, D("2027-02-01"), null, null, null, Today).Should().BeEmpty();
        TribunalAppeal.ProblemsRegistering(Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10")), AppealSubject.Refusal, D("2027-02-01"), null, null, null, Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.SubjectField);
    }

    [Test]
    public void An_appeal_registered_before_the_notice_was_sent_is_refused()
    {
        var notice = Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10"));

        TribunalAppeal.ProblemsRegistering(notice, AppealSubject.PlanContents, D("2027-01-09"), null, null, null, Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.RegisteredOnField && p.Message.Contains("before notice", StringComparison.Ordinal));
    }

    [Test]
    public void A_hearing_date_in_the_past_at_registration_is_refused()
    {
        var notice = Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10"));

        TribunalAppeal.ProblemsRegistering(notice, AppealSubject.PlanContents, D("2027-02-01"), null, null, D("2027-02-28"), Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.HearingOnField);
        TribunalAppeal.ProblemsRegistering(notice, AppealSubject.PlanContents, D("2027-02-01"), D("2027-03-01"), D("2027-04-01"), D("2027-06-14"), Today).Should().BeEmpty();
    }

    [Test]
    public void The_tribunals_dates_come_in_order()
    {
        var notice = Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10"));

        TribunalAppeal.ProblemsRegistering(notice, AppealSubject.PlanContents, D("2027-02-01"), D("2027-04-01"), D("2027-03-15"), D("2027-06-14"), Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.EvidenceDueOnField);
    }

    [Test]
    public void An_order_without_a_date_is_refused_naming_the_date()
    {
        var appeal = Decided(TribunalOutcome.Allowed, D("2027-02-20"));

        appeal.ProblemsAddingOrder(TribunalOrderKind.AmendPlan, null, Today).Should().ContainSingle(p => p.Field == TribunalAppeal.OrderMadeOnField);
    }

    [Test]
    public void Orders_come_only_after_an_appeal_allowed_or_conceded_and_never_before_the_decision()
    {
        var open = Registered();
        open.ProblemsAddingOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today).Should().Contain(p => p.Field == TribunalAppeal.OrderKindField);

        Decided(TribunalOutcome.Dismissed, D("2027-02-20")).ProblemsAddingOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today)
            .Should().Contain(p => p.Message.Contains("without orders", StringComparison.Ordinal));

        var allowed = Decided(TribunalOutcome.Allowed, D("2027-02-20"));
        allowed.ProblemsAddingOrder(TribunalOrderKind.AmendPlan, D("2027-02-19"), Today).Should().ContainSingle(p => p.Field == TribunalAppeal.OrderMadeOnField);
        allowed.ProblemsAddingOrder(TribunalOrderKind.DraftPlan, D("2027-02-20"), Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.OrderKindField, "an appeal about a plan's contents has no order to make a plan");
        allowed.ProblemsAddingOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today).Should().BeEmpty();
    }

    [Test]
    public void A_conceded_appeal_runs_its_orders_from_the_councils_notice_under_reg_45()
    {
        var appeal = Registered();
        appeal.Record(D("2027-03-01"), null, D("2027-06-14"), AppealPosition.Concedes, D("2027-02-15"), null, null, Today, Officer, Now);
        appeal.ClearDomainEvents();

        var order = appeal.AddOrder(TribunalOrderKind.NameSchoolOrType, D("2027-02-15"), Today, Officer, Now);

        order.Unopposed.Should().BeTrue();
        appeal.IsOpen.Should().BeFalse();
        appeal.DomainEvents.OfType<TribunalAppealChanged>().Single().OnTheClock.Should().Equal(
            new ClockOrderInput(order.Id, MilestoneKind.TribunalOrderNameSchool, D("2027-02-15"), null));
        appeal.ProblemsWith(D("2027-03-01"), null, D("2027-06-14"), AppealPosition.Concedes, D("2027-02-15"), TribunalOutcome.Allowed, D("2027-02-20"), Today)
            .Should().Contain(p => p.Field == TribunalAppeal.OutcomeField, "a conceded appeal has no decision");
    }

    [Test]
    public void The_same_order_twice_is_refused()
    {
        var appeal = Decided(TribunalOutcome.Allowed, D("2027-02-20"));
        appeal.AddOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today, Officer, Now);

        appeal.ProblemsAddingOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today).Should().ContainSingle(p => p.Message.Contains("already recorded", StringComparison.Ordinal));
    }

    [Test]
    public void An_order_marked_met_before_the_notice_that_meets_it_is_refused()
    {
        var appeal = Decided(TribunalOutcome.Allowed, D("2027-02-20"));
        var order = appeal.AddOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today, Officer, Now);
        var amended = Letter(LetterOutcome.FinalAmendedPlanNotice, D("2027-02-26"));

        appeal.ProblemsMeetingOrder(order.Id, D("2027-02-25"), amended, Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.OrderMetOnField && p.Message.Contains("before notice", StringComparison.Ordinal));
        appeal.ProblemsMeetingOrder(order.Id, D("2027-02-19"), null, Today).Should().ContainSingle(p => p.Field == TribunalAppeal.OrderMetOnField);
        appeal.ProblemsMeetingOrder(order.Id, D("2027-02-26"), Letter(LetterOutcome.FinalAmendedPlanNotice, D("2027-02-10")), Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.OrderMetByNoticeField, "a notice sent before the order cannot carry it out");
        FluentActions.Invoking(() => appeal.MeetOrder(order.Id, D("2027-02-25"), amended, Today, Officer, Now)).Should().Throw<DomainRuleException>();
        order.MetOn.Should().BeNull("nothing is half-written");

        appeal.MeetOrder(order.Id, D("2027-02-26"), amended, Today, Officer, Now);
        order.MetOn.Should().Be(D("2027-02-26"));
        order.MetByNoticeId.Should().Be(amended.Id);
    }

    [Test]
    public void A_notice_sent_meets_the_open_orders_it_carries_out()
    {
        var appeal = Decided(TribunalOutcome.Allowed, D("2027-02-20"));
        var amend = appeal.AddOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today, Officer, Now);
        var school = appeal.AddOrder(TribunalOrderKind.NameSchoolOrType, D("2027-02-20"), Today, Officer, Now);

        appeal.MetByNotice(Letter(LetterOutcome.RefusalToAmendNotice, D("2027-02-25")), Officer, Now).Should().BeFalse();
        appeal.MetByNotice(Letter(LetterOutcome.FinalAmendedPlanNotice, D("2027-02-26")), Officer, Now).Should().BeTrue();

        amend.MetOn.Should().Be(D("2027-02-26"));
        school.MetOn.Should().Be(D("2027-02-26"));
    }

    [Test]
    public void The_decision_behind_recorded_orders_cannot_change()
    {
        var appeal = Decided(TribunalOutcome.Allowed, D("2027-02-20"));
        appeal.AddOrder(TribunalOrderKind.AmendPlan, D("2027-02-20"), Today, Officer, Now);

        appeal.ProblemsWith(null, null, null, AppealPosition.Opposes, D("2027-02-02"), TribunalOutcome.Dismissed, D("2027-02-20"), Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.OutcomeField);
    }

    [Test]
    public void A_withdrawn_appeal_is_closed_and_has_no_decision()
    {
        var appeal = Registered();

        appeal.ProblemsWith(null, null, null, AppealPosition.WithdrawnByFamily, D("2027-02-10"), TribunalOutcome.Dismissed, D("2027-02-20"), Today)
            .Should().ContainSingle(p => p.Field == TribunalAppeal.OutcomeField);
        appeal.Record(null, null, null, AppealPosition.WithdrawnByFamily, D("2027-02-10"), null, null, Today, Officer, Now);
        appeal.IsOpen.Should().BeFalse();
    }

    private static TribunalAppeal Registered() =>
        TribunalAppeal.Register(Letter(LetterOutcome.FinalPlanNotice, D("2027-01-10")), AppealSubject.PlanContents, D("2027-02-01"), null, null, null, Today, Officer, Now);

    private static TribunalAppeal Decided(TribunalOutcome outcome, DateOnly on)
    {
        var appeal = Registered();
        appeal.Record(null, null, null, AppealPosition.Opposes, D("2027-02-02"), outcome, on, Today, Officer, Now);
        return appeal;
    }

    /// <summary>An issued letter as stored, made the way the database reads it back (its own factories need a whole case).</summary>
    private static IssuedLetter Letter(LetterOutcome outcome, DateOnly date)
    {
        var letter = (IssuedLetter)Activator.CreateInstance(typeof(IssuedLetter), nonPublic: true)!;
        void Set(string property, object value) => typeof(IssuedLetter).GetProperty(property)!.SetValue(letter, value);
        Set(nameof(IssuedLetter.Id), Guid.NewGuid());
        Set(nameof(IssuedLetter.PlacementRequestId), new PlacementRequestId(Guid.NewGuid()));
        Set(nameof(IssuedLetter.Reference), "PR-2026-000123-L2");
        Set(nameof(IssuedLetter.Outcome), outcome);
        Set(nameof(IssuedLetter.LetterDate), date);
        return letter;
    }
}
