using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Timeliness;

public class ClockEventsAndExceptionsTests
{
    private static readonly DateOnly Received = TestClock.Today.AddDays(-60);
    private ApplicationHarness _app = null!;
    private Guid _case;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _case = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = Received })).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<GetMilestones.CaseMilestones> Milestones() => _app.SendAs(Personas.Auditor, new GetMilestones.Query(_case));

    private Task<RecordClockEvent.Result> Record(ClockEventKind kind, DateOnly date, Agency? agency = null) =>
        _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_case, kind, date, agency));

    [Test]
    public async Task A_received_request_has_its_statutory_deadlines_from_the_received_date()
    {
        var view = await Milestones();

        view.ReceivedDate.Should().Be(Received);
        var decision = view.Milestones.Single(m => m.Kind == MilestoneKind.DecisionToAssess);
        decision.DueDate.Should().Be(Received.AddDays(42));
        decision.Status.Should().Be("open");
        decision.Group.Should().Be(WorklistGroup.Overdue, "60 days have passed and the limit is 42");
        view.Milestones.Single(m => m.Kind == MilestoneKind.FinalPlan).DueDate.Should().Be(Received.AddDays(140));
        view.Milestones.Single(m => m.Kind == MilestoneKind.DraftPlanComments).Status.Should().Be("not-started");
        view.ExceptionApplies.Should().BeFalse();
    }

    [Test]
    public async Task Recording_that_a_milestone_was_met_completes_it_and_writes_the_case_timeline()
    {
        var result = await Record(ClockEventKind.DecidedToAssess, Received.AddDays(40));

        result.Sequence.Should().Be(1);
        var view = await Milestones();
        var decision = view.Milestones.Single(m => m.Kind == MilestoneKind.DecisionToAssess);
        decision.Status.Should().Be("met");
        decision.MetOn.Should().Be(Received.AddDays(40));
        decision.DaysTaken.Should().Be(40);
        view.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Event = ClockEventKind.DecidedToAssess, Source = "officer", RecordedBy = "Amira Khan" });
        (await _app.Read(db => db.CaseEvents.Where(e => e.Kind == "clock-event").Select(e => e.Description).SingleAsync()))
            .Should().Contain("decision to assess notified");
    }

    [Test]
    public async Task Advice_requested_from_an_agency_starts_that_agencys_six_weeks()
    {
        await Record(ClockEventKind.DecidedToAssess, Received.AddDays(30));
        await Record(ClockEventKind.AdviceRequested, Received.AddDays(31), Agency.Health);
        await Record(ClockEventKind.AdviceRequested, Received.AddDays(33), Agency.EducationalPsychology);

        var advice = (await Milestones()).Milestones.Where(m => m.Kind == MilestoneKind.AgencyAdvice).ToList();

        advice.Select(a => (a.Agency, a.DueDate)).Should().BeEquivalentTo(new (Agency?, DateOnly?)[]
        {
            (Agency.Health, Received.AddDays(31 + 42)),
            (Agency.EducationalPsychology, Received.AddDays(33 + 42)),
        });
    }

    [Test]
    public async Task An_officer_cannot_record_by_hand_an_event_a_feature_already_recorded_so_it_is_never_counted_twice()
    {
        await Record(ClockEventKind.DecidedToAssess, Received.AddDays(30));
        await _app.SendAs(Personas.SendOfficer, Panel.Advice(_case, Agency.Health));
        var before = await Milestones();

        var again = () => Record(ClockEventKind.AdviceRequested, Received.AddDays(40), Agency.Health);

        var refused = (await again.Should().ThrowAsync<DomainRuleException>()).Which;
        refused.Code.Should().Be("event-recorded-by-the-service");
        refused.Message.Should().Contain("advice requested").And.Contain("for health").And.Contain("evidence");
        var after = await Milestones();
        after.Events.Should().HaveCount(before.Events.Count, "nothing was recorded");
        after.Milestones.Single(m => m.Kind == MilestoneKind.AgencyAdvice).DueDate.Should().Be(
            before.Milestones.Single(m => m.Kind == MilestoneKind.AgencyAdvice).DueDate, "the evidence's date still counts");

        // Another agency's advice, which no feature has recorded, can still be recorded by hand.
        await Record(ClockEventKind.AdviceRequested, Received.AddDays(40), Agency.SocialCare);
        (await Milestones()).Events.Should().HaveCount(before.Events.Count + 1);
    }

    [Test]
    public async Task A_milestone_for_a_stage_the_case_never_reached_is_a_conflict_and_nothing_is_recorded()
    {
        var act = () => Record(ClockEventKind.FinalPlanIssued, Received.AddDays(50));

        (await act.Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("milestone-not-reached");
        (await Milestones()).Events.Should().BeEmpty();
        (await _app.Read(db => db.CaseEvents.CountAsync(e => e.Kind == "clock-event"))).Should().Be(0);
    }

    [Test]
    public async Task Recording_an_event_checks_its_fields()
    {
        var future = () => Record(ClockEventKind.DecidedToAssess, TestClock.Today.AddDays(1));
        (await future.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("date");

        var noAgency = () => Record(ClockEventKind.AdviceRequested, Received.AddDays(1));
        (await noAgency.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("agency");

        var missing = () => _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_case, null, null, null));
        (await missing.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().Contain(["event", "date"]);

        var unknownCase = () => _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(Guid.NewGuid(), ClockEventKind.DecidedToAssess, Received, null));
        await unknownCase.Should().ThrowAsync<NotFoundException>();

        var panel = () => _app.SendAs(Personas.PanelEducation, new RecordClockEvent.Command(_case, ClockEventKind.DecidedToAssess, Received, null));
        await panel.Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task An_exception_keeps_the_statutory_date_and_flags_the_deadline_and_the_case()
    {
        // Away from day 10 to day 45: 36 days, over the 4 weeks the law needs; the 6-week decision (due day 42) is reached too (reg 5(4)(c)).
        var result = await _app.SendAs(Personas.SendOfficer,
            new RecordStatutoryException.Command(_case, "absent-from-area", Received.AddDays(10), Received.AddDays(45), "Family abroad for five weeks.", FamilyToldOn: Received.AddDays(46)));

        result.ExceptionApplies.Should().BeTrue();
        result.MilestonesAffected.Should().BeEquivalentTo([MilestoneKind.DecisionToAssess, MilestoneKind.DecisionWhetherToIssue, MilestoneKind.FinalPlan]);
        var view = await Milestones();
        view.ExceptionApplies.Should().BeTrue();
        var finalPlan = view.Milestones.Single(m => m.Kind == MilestoneKind.FinalPlan);
        finalPlan.DueDate.Should().Be(Received.AddDays(140));
        finalPlan.ExceptionApplies.Should().BeTrue();
        finalPlan.ExceptionReasons.Should().Equal("absent-from-area");
        view.Exceptions.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Reason = "absent-from-area", Note = "Family abroad for five weeks.", FamilyToldOn = Received.AddDays(46) });
    }

    [Test]
    public async Task Reg_10_4_d_an_exception_of_three_weeks_absence_is_refused_naming_the_end_date()
    {
        // Day 10 to day 30 counting both: 21 days, 3 weeks.
        var act = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "absent-from-area", Received.AddDays(10), Received.AddDays(30), null));

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors.Should().ContainKey("endDate");
        errors["endDate"][0].Should().Contain("at least 4 weeks in a row").And.Contain("is 3 weeks (21 days)");
        (await Milestones()).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task An_exception_ending_before_it_starts_names_the_end_date()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(20), Received.AddDays(10), null));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors["endDate"].Should().Equal("The exception cannot end before it starts.");
        (await Milestones()).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task An_exception_without_its_dates_names_each_missing_one()
    {
        var absence = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "absent-from-area", null, null, null));
        (await absence.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().BeEquivalentTo(["startDate", "endDate"]);

        var closure = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "school-closure", null, null, null));
        (await closure.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Keys.Should().BeEquivalentTo(["closedOn", "reopenedOn"]);
    }

    [Test]
    public async Task An_unknown_exception_reason_names_the_reason_and_lists_the_known_ones()
    {
        var act = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "officer-on-holiday", Received, Received.AddDays(5), null));

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors.Should().ContainKey("reason");
        errors["reason"][0].Should().Contain("school-closure");
    }

    [Test]
    public async Task An_exception_outside_the_cases_life_names_the_date_that_falls_outside()
    {
        var early = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(-3), Received.AddDays(5), null));
        (await early.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("startDate");

        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(_case, StageTransition.Withdraw, 0, "The family moved away.", null, null));
        var late = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(1), TestClock.Today.AddDays(3), null));
        (await late.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("endDate");
        (await Milestones()).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task Reg_10_4_a_a_school_closure_is_recorded_as_its_window_from_a_week_before_each_date()
    {
        // The school was asked for advice on day 8; it closed on day 12 and reopened on day 54 (42 days shut).
        await Record(ClockEventKind.DecidedToAssess, Received.AddDays(5));
        await Record(ClockEventKind.AdviceRequested, Received.AddDays(8), Agency.Education);

        var result = await _app.SendAs(Personas.SendOfficer,
            new RecordStatutoryException.Command(_case, "school-closure", null, null, "Summer holidays.", ClosedOn: Received.AddDays(12), ReopenedOn: Received.AddDays(54)));

        // Window: day 12 − 7 = day 5, to day 54 − 7 = day 47.
        result.StartDate.Should().Be(Received.AddDays(5));
        result.EndDate.Should().Be(Received.AddDays(47));
        var exception = (await Milestones()).Exceptions.Single();
        exception.Should().BeEquivalentTo(new { ClosedOn = Received.AddDays(12), ReopenedOn = Received.AddDays(54), FamilyToldOn = (DateOnly?)null });
    }

    [Test]
    public async Task Reg_10_4_a_a_closure_shorter_than_four_weeks_or_with_no_advice_asked_in_its_window_is_refused()
    {
        await Record(ClockEventKind.DecidedToAssess, Received.AddDays(5));
        await Record(ClockEventKind.AdviceRequested, Received.AddDays(8), Agency.Education);

        // Shut from day 12 to day 30: 18 days.
        var shortClosure = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "school-closure", null, null, null, Received.AddDays(12), Received.AddDays(30)));
        (await shortClosure.Should().ThrowAsync<RequestValidationException>()).Which.Errors["reopenedOn"][0].Should().Contain("at least 4 weeks");

        // Shut from day 30 to day 60: window day 23 to day 53, and the school was asked on day 8.
        var noAdvice = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "school-closure", null, null, null, Received.AddDays(30), Received.AddDays(60)));
        (await noAdvice.Should().ThrowAsync<RequestValidationException>()).Which.Errors["closedOn"][0].Should().Contain("no request for education advice is recorded");
        (await Milestones()).Exceptions.Should().BeEmpty();
    }

    [Test]
    public async Task CoP_9_42_the_day_the_family_was_told_is_recorded_later_and_shown()
    {
        var recorded = await _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(3), Received.AddDays(20), null));
        (await Milestones()).Exceptions.Single().FamilyToldOn.Should().BeNull();

        var told = await _app.SendAs(Personas.SendOfficer, new RecordExceptionToldToFamily.Command(_case, recorded.Sequence, Received.AddDays(22)));

        told.ToldOn.Should().Be(Received.AddDays(22));
        (await Milestones()).Exceptions.Single().FamilyToldOn.Should().Be(Received.AddDays(22));
        (await _app.Read(db => db.CaseEvents.Where(e => e.Kind == "statutory-exception-told").Select(e => e.Description).SingleAsync()))
            .Should().Contain("The family was told on").And.Contain("exceptional-personal-circumstances");
    }

    [Test]
    public async Task CoP_9_42_bad_dates_for_telling_the_family_are_refused_by_field()
    {
        var recorded = await _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(3), Received.AddDays(20), null));

        var future = () => _app.SendAs(Personas.SendOfficer, new RecordExceptionToldToFamily.Command(_case, recorded.Sequence, TestClock.Today.AddDays(1)));
        (await future.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("toldOn");
        var beforeRequest = () => _app.SendAs(Personas.SendOfficer, new RecordExceptionToldToFamily.Command(_case, recorded.Sequence, Received.AddDays(-1)));
        (await beforeRequest.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("toldOn");
        var missing = () => _app.SendAs(Personas.SendOfficer, new RecordExceptionToldToFamily.Command(_case, recorded.Sequence, null));
        (await missing.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("toldOn");
        var noSuchException = () => _app.SendAs(Personas.SendOfficer, new RecordExceptionToldToFamily.Command(_case, 7, Received.AddDays(22)));
        await noSuchException.Should().ThrowAsync<NotFoundException>();
        var atRecording = () => _app.SendAs(Personas.SendOfficer, new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(3), Received.AddDays(20), null, FamilyToldOn: TestClock.Today.AddDays(2)));
        (await atRecording.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("familyToldOn");
        var otherTeam = () => _app.SendAs(Personas.SecondSendOfficer, new RecordExceptionToldToFamily.Command(_case, recorded.Sequence, Received.AddDays(22)));
        await otherTeam.Should().ThrowAsync<NotFoundException>();
        (await Milestones()).Exceptions.Single().FamilyToldOn.Should().BeNull();
    }

    [Test]
    public async Task Recording_the_same_exception_again_with_its_idempotency_key_returns_the_first_result()
    {
        var command = new RecordStatutoryException.Command(_case, "exceptional-personal-circumstances", Received.AddDays(1), Received.AddDays(30), null) { IdempotencyKey = "exception-1" };

        var first = await _app.SendAs(Personas.SendOfficer, command);
        var again = await _app.SendAs(Personas.SendOfficer, command);

        again.Should().BeEquivalentTo(first);
        (await Milestones()).Exceptions.Should().ContainSingle();
    }

    [Test]
    public async Task The_exception_reasons_say_what_their_period_must_be()
    {
        var reasons = await _app.SendAs(Personas.SendOfficer, new ListExceptionReasons.Query());

        reasons.Single(r => r.Code == "absent-from-area").Period.Should().Be(ExceptionPeriodRule.ContinuousAbsence);
        reasons.Single(r => r.Code == "school-closure").Should().BeEquivalentTo(new { Period = ExceptionPeriodRule.ClosureWindow, AppliesTo = new[] { MilestoneKind.DecisionToAssess, MilestoneKind.DecisionWhetherToIssue, MilestoneKind.FinalPlan, MilestoneKind.FinalPlanAfterReassessment } });
    }

    [Test]
    public async Task Withdrawing_a_case_stops_its_clock_so_nothing_is_chased()
    {
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(_case, StageTransition.Withdraw, 0, "The family moved away.", null, null));

        var view = await Milestones();
        view.StoppedOn.Should().Be(TestClock.Today);
        view.Milestones.Should().NotContain(m => m.Status == "open");
        (await _app.Read(db => db.CaseMilestones.CountAsync(m => m.IsOpen || m.NextReminderOn != null))).Should().Be(0);
    }

    [Test]
    public async Task The_exception_reasons_come_from_configuration()
    {
        await using var app = new ApplicationHarness(new Dictionary<string, string?>
        {
            ["StatutoryClock:ExceptionReasons:0:Code"] = "flood",
            ["StatutoryClock:ExceptionReasons:0:Description"] = "The office was flooded.",
            ["StatutoryClock:ExceptionReasons:0:Regulation"] = "local",
            ["StatutoryClock:ExceptionReasons:0:AppliesTo:0"] = "FinalPlan",
        });

        var reasons = await app.SendAs(Personas.SendOfficer, new ListExceptionReasons.Query());

        reasons.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "flood", AppliesTo = new[] { MilestoneKind.FinalPlan } });
    }
}
