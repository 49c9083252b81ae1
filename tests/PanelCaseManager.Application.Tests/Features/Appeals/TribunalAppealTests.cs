using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Appeals;

/// <summary>
/// Tribunal appeals through the whole pipeline: registered against a notice, decided, their orders on the case's clock
/// (on the worklist, met with the notice that carries them out), and each bad input refused with nothing written.
/// </summary>
public class TribunalAppealTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    private PlacementRequestId CaseId => new(_panel.CaseId);

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private DateOnly Today => UkCalendar.Today(_app.Clock);

    private async Task<(Guid DecisionLetterId, IssueAppealableNotice.Result Notice)> NoticeSentAsync()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        var letter = await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, Today.AddDays(-2), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DraftPlanServed, Today.AddDays(-1), null));
        var notice = await _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.FinalPlanNotice, null, null));
        return (letter.LetterId, notice);
    }

    private Task<RegisterAppeal.Result> Register(Guid noticeId, DateOnly? registeredOn, DateOnly? hearingOn = null, AppealSubject? subject = AppealSubject.PlanContents, string? key = null) =>
        _app.SendAs(Personas.SendOfficer, new RegisterAppeal.Command(_panel.CaseId, noticeId, subject, registeredOn, null, null, hearingOn) { IdempotencyKey = key });

    private Task<int> Appeals() => _app.Read(db => db.TribunalAppeals.CountAsync(a => a.PlacementRequestId == CaseId));

    [Test]
    public async Task An_order_after_an_appeal_allowed_is_a_deadline_on_the_worklist_and_is_met_on_the_day_recorded()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(30));
        var registered = await Register(notice.LetterId, Today, Today.AddDays(90));
        _app.Clock.Advance(TimeSpan.FromDays(100));
        var decidedOn = Today.AddDays(-2);
        var decided = await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, registered.Id, registered.Version, null, null, decidedOn.AddDays(-8),
            AppealPosition.Opposes, decidedOn.AddDays(-60), TribunalOutcome.PartlyAllowed, decidedOn));

        var order = await _app.SendAs(Personas.SendOfficer, new AddTribunalOrder.Command(_panel.CaseId, registered.Id, decided.Version, TribunalOrderKind.AmendPlan, decidedOn));

        var milestone = await _app.Read(db => db.CaseMilestones.SingleAsync(m => m.PlacementRequestId == CaseId && m.Kind == MilestoneKind.TribunalOrderAmendPlan));
        milestone.DueDate.Should().Be(decidedOn.AddDays(35), "5 weeks from the order, counted from the next day (reg 44(2)(e))");
        milestone.Slot.Should().Be(order.OrderId.ToString("D"));
        milestone.IsOpen.Should().BeTrue();
        var worklist = await _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(null, null));
        worklist.CriticallyOverdue.Concat(worklist.Overdue).Concat(worklist.DueSoon).Concat(worklist.NotDueYet)
            .Should().Contain(i => i.PlacementRequestId == _panel.CaseId && i.Milestone == MilestoneKind.TribunalOrderAmendPlan);

        var disagreements = await _app.SendAs(Personas.SendOfficer, new GetDisagreements.Query(_panel.CaseId));
        var appeal = disagreements.Appeals.Should().ContainSingle().Subject;
        appeal.Outcome.Should().Be(TribunalOutcome.PartlyAllowed);
        appeal.Orders.Should().ContainSingle().Which.DueOn.Should().Be(decidedOn.AddDays(35));

        await _app.SendAs(Personas.SendOfficer, new RecordOrderMet.Command(_panel.CaseId, registered.Id, order.OrderId, order.Version, Today, null));
        milestone = await _app.Read(db => db.CaseMilestones.SingleAsync(m => m.PlacementRequestId == CaseId && m.Kind == MilestoneKind.TribunalOrderAmendPlan));
        milestone.MetOn.Should().Be(Today);
        milestone.MetWithinLimit.Should().BeTrue();
        milestone.IsOpen.Should().BeFalse();
    }

    [Test]
    public async Task An_appeal_against_a_decision_letter_is_refused_as_it_carries_no_right_of_appeal()
    {
        var (letterId, _) = await NoticeSentAsync();

        var refused = await FluentActions.Awaiting(() => Register(letterId, Today)).Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey(TribunalAppeal.NoticeIdField);
        (await Appeals()).Should().Be(0);
    }

    [Test]
    public async Task An_appeal_registered_before_the_notice_was_sent_is_refused_naming_the_date()
    {
        var (_, notice) = await NoticeSentAsync();

        var refused = await FluentActions.Awaiting(() => Register(notice.LetterId, notice.LetterDate.AddDays(-1))).Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey(TribunalAppeal.RegisteredOnField);
        (await Appeals()).Should().Be(0);
    }

    [Test]
    public async Task A_hearing_date_in_the_past_at_registration_is_refused()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(5));

        var refused = await FluentActions.Awaiting(() => Register(notice.LetterId, Today, Today.AddDays(-1))).Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey(TribunalAppeal.HearingOnField);
        (await Appeals()).Should().Be(0);
    }

    [Test]
    public async Task The_same_appeal_recorded_twice_is_refused_while_it_is_open_and_a_retry_with_the_same_key_gets_the_first()
    {
        var (_, notice) = await NoticeSentAsync();
        var first = await Register(notice.LetterId, Today, key: "appeal-1");

        var retried = await Register(notice.LetterId, Today, key: "appeal-1");
        retried.Id.Should().Be(first.Id);

        var refused = await FluentActions.Awaiting(() => Register(notice.LetterId, Today)).Should().ThrowAsync<DomainRuleException>();
        refused.Which.Code.Should().Be("appeal-recorded");
        (await Appeals()).Should().Be(1);
    }

    [Test]
    public async Task An_order_without_a_date_is_refused_and_nothing_reaches_the_clock()
    {
        var (_, notice) = await NoticeSentAsync();
        var registered = await Register(notice.LetterId, Today);
        var conceded = await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, registered.Id, registered.Version, null, null, null,
            AppealPosition.Concedes, Today, null, null));

        var refused = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer,
            new AddTribunalOrder.Command(_panel.CaseId, registered.Id, conceded.Version, TribunalOrderKind.NameSchoolOrType, null))).Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey("madeOn");
        (await _app.Read(db => db.CaseMilestones.CountAsync(m => m.PlacementRequestId == CaseId && m.Kind == MilestoneKind.TribunalOrderNameSchool))).Should().Be(0);
    }

    [Test]
    public async Task An_order_marked_met_by_a_notice_sent_before_it_or_before_it_was_made_is_refused_and_stays_open()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(5));
        var registered = await Register(notice.LetterId, Today);
        var conceded = await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, registered.Id, registered.Version, null, null, null,
            AppealPosition.Concedes, Today, null, null));
        var order = await _app.SendAs(Personas.SendOfficer, new AddTribunalOrder.Command(_panel.CaseId, registered.Id, conceded.Version, TribunalOrderKind.NameSchoolOrType, Today));

        // The only notice on the case was sent before the order: it cannot carry it out.
        var refused = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer,
            new RecordOrderMet.Command(_panel.CaseId, registered.Id, order.OrderId, order.Version, Today, notice.LetterId))).Should().ThrowAsync<RequestValidationException>();
        refused.Which.Errors.Should().ContainKey(TribunalAppeal.OrderMetByNoticeField);
        var early = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer,
            new RecordOrderMet.Command(_panel.CaseId, registered.Id, order.OrderId, order.Version, Today.AddDays(-1), null))).Should().ThrowAsync<RequestValidationException>();
        early.Which.Errors.Should().ContainKey(TribunalAppeal.OrderMetOnField);

        var stored = await _app.Read(db => db.TribunalAppeals.SingleAsync(a => a.Id == registered.Id));
        stored.Orders.Single().MetOn.Should().BeNull();
    }

    [Test]
    public async Task A_conceded_appeals_order_runs_from_the_day_the_council_told_the_tribunal()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(20));
        var registered = await Register(notice.LetterId, Today.AddDays(-10));
        var told = Today.AddDays(-3);
        var conceded = await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, registered.Id, registered.Version, null, null, null,
            AppealPosition.Concedes, told, null, null));

        await _app.SendAs(Personas.SendOfficer, new AddTribunalOrder.Command(_panel.CaseId, registered.Id, conceded.Version, TribunalOrderKind.NameSchoolOrType, told));

        var milestone = await _app.Read(db => db.CaseMilestones.SingleAsync(m => m.PlacementRequestId == CaseId && m.Kind == MilestoneKind.TribunalOrderNameSchool));
        milestone.StartedOn.Should().Be(told);
        milestone.DueDate.Should().Be(told.AddDays(14), "2 weeks from the council's notice to the tribunal (reg 45)");

        // The appeal is closed: another may now be registered against the same notice.
        (await _app.SendAs(Personas.SendOfficer, new GetDisagreements.Query(_panel.CaseId))).Appeals.Single().IsOpen.Should().BeFalse();
    }

    [Test]
    public async Task A_stale_version_is_refused()
    {
        var (_, notice) = await NoticeSentAsync();
        var registered = await Register(notice.LetterId, Today);
        await _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(_panel.CaseId, registered.Id, registered.Version, Today.AddDays(20), null, null, null, null, null, null));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordAppeal.Command(
            _panel.CaseId, registered.Id, registered.Version, Today.AddDays(21), null, null, null, null, null, null))).Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Another_teams_officer_finds_no_appeal()
    {
        var (_, notice) = await NoticeSentAsync();

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new RegisterAppeal.Command(_panel.CaseId, notice.LetterId, AppealSubject.PlanContents, Today, null, null, null)))
            .Should().ThrowAsync<NotFoundException>();
        (await Appeals()).Should().Be(0);
    }
}
