using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Appeals;

/// <summary>
/// Mediation about a notice that carries the right of appeal, through the whole pipeline: the family's contact with the
/// adviser, their choice, the mediation and its certificate on the statutory clock (the local authority's deadlines on
/// the worklist, the appeal deadline moved by a later certificate), and each bad input refused with nothing written.
/// </summary>
public class MediationTests
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

    /// <summary>The panel's decision signed off, its letter sent, the draft plan served and the final plan's notice sent today.</summary>
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

    private Task<StartMediation.Result> Start(Guid noticeId, DateOnly? contactedOn, string? key = null) =>
        _app.SendAs(Personas.SendOfficer, new StartMediation.Command(_panel.CaseId, noticeId, contactedOn) { IdempotencyKey = key });

    private Task<CaseMilestone?> Milestone(MilestoneKind kind) =>
        _app.Read(db => db.CaseMilestones.SingleOrDefaultAsync(m => m.PlacementRequestId == CaseId && m.Kind == kind));

    private async Task<StatutoryClock> ClockRulesAsync()
    {
        await using var scope = await _app.ScopeAs(Personas.SendOfficer);
        return (await scope.ServiceProvider.GetRequiredService<ClockSettingsFactory>().CreateAsync(CancellationToken.None)).Clock;
    }

    private Task<int> Mediations() => _app.Read(db => db.Mediations.CountAsync(m => m.PlacementRequestId == CaseId));

    [Test]
    public async Task A_family_who_chooses_mediation_puts_the_councils_30_days_on_the_worklist_and_a_later_certificate_moves_the_appeal_deadline()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(10));
        var started = await Start(notice.LetterId, Today.AddDays(-1));
        var asked = Today;

        var chosen = await _app.SendAs(Personas.SendOfficer, new RecordMediation.Command(_panel.CaseId, started.Id, started.Version, MediationChoice.Mediate, asked, null, null, null));

        var arranged = await Milestone(MilestoneKind.MediationArranged);
        arranged!.DueDate.Should().Be(asked.AddDays(30), "within 30 days of the family asking, counted from the next day");
        arranged.IsOpen.Should().BeTrue();
        var worklist = await _app.SendAs(Personas.SendOfficer, new GetWorklist.Query(null, null));
        worklist.CriticallyOverdue.Concat(worklist.Overdue).Concat(worklist.DueSoon).Concat(worklist.NotDueYet)
            .Should().Contain(i => i.PlacementRequestId == _panel.CaseId && i.Milestone == MilestoneKind.MediationArranged);

        // Held 40 days after the notice, the certificate 30 days later: a month from it is later than two months from the notice.
        _app.Clock.Advance(TimeSpan.FromDays(80));
        var held = notice.LetterDate.AddDays(40);
        var certificate = held.AddDays(30);
        await _app.SendAs(Personas.SendOfficer, new RecordMediation.Command(_panel.CaseId, started.Id, chosen.Version, MediationChoice.Mediate, asked, held,
            MediationOutcome.NoAgreement, certificate));

        var rules = await ClockRulesAsync();
        var expected = StatutoryDates.AppealDeadline(notice.LetterDate, certificate, rules.Rules, rules.Calendar);
        expected.Should().BeAfter(notice.AppealDeadline);
        var disagreements = await _app.SendAs(Personas.SendOfficer, new GetDisagreements.Query(_panel.CaseId));
        disagreements.AppealDeadline.Should().Be(expected);
        disagreements.Mediations.Should().ContainSingle().Which.Should().Match<GetDisagreements.MediationItem>(m =>
            m.Choice == MediationChoice.Mediate && m.HeldOn == held && m.Outcome == MediationOutcome.NoAgreement && m.CertificateIssuedOn == certificate);
        (await Milestone(MilestoneKind.MediationArranged))!.MetOn.Should().Be(held);
        var certificateDeadline = (await Milestone(MilestoneKind.MediationCertificate))!;
        certificateDeadline.DueDate.Should().Be(rules.Calendar.AddWorkingDays(held, 3));
        certificateDeadline.MetWithinLimit.Should().BeFalse("the certificate came a month after the mediation");
    }

    [Test]
    public async Task A_family_who_declines_mediation_is_owed_a_certificate_within_three_working_days()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(5));
        var started = await Start(notice.LetterId, Today);

        await _app.SendAs(Personas.SendOfficer, new RecordMediation.Command(_panel.CaseId, started.Id, started.Version, MediationChoice.NoMediation, Today, null, null, null));

        var rules = await ClockRulesAsync();
        var due = (await Milestone(MilestoneKind.MediationCertificate))!;
        due.DueDate.Should().Be(rules.Calendar.AddWorkingDays(Today, 3));
        due.IsOpen.Should().BeTrue();
        (await Milestone(MilestoneKind.MediationArranged)).Should().BeNull("the family did not ask for mediation");
    }

    [Test]
    public async Task Mediation_about_a_decision_letter_is_refused_as_it_carries_no_right_of_appeal()
    {
        var (letterId, _) = await NoticeSentAsync();

        var refused = await FluentActions.Awaiting(() => Start(letterId, Today)).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("no-right-of-appeal");
        (await Mediations()).Should().Be(0);
    }

    [Test]
    public async Task Contact_with_the_adviser_dated_before_the_notice_was_sent_is_refused_naming_the_date()
    {
        var (_, notice) = await NoticeSentAsync();

        var refused = await FluentActions.Awaiting(() => Start(notice.LetterId, notice.LetterDate.AddDays(-1))).Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey("adviserContactedOn");
        (await Mediations()).Should().Be(0);
    }

    [Test]
    public async Task The_same_contact_recorded_twice_is_refused_and_the_first_stands()
    {
        var (_, notice) = await NoticeSentAsync();
        var first = await Start(notice.LetterId, Today);

        var refused = await FluentActions.Awaiting(() => Start(notice.LetterId, Today)).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("mediation-recorded");
        (await Mediations()).Should().Be(1);
        (await _app.Read(db => db.Mediations.SingleAsync(m => m.PlacementRequestId == CaseId))).Id.Should().Be(first.Id);
    }

    [Test]
    public async Task A_certificate_dated_before_the_family_contacted_the_adviser_is_refused_naming_the_certificate_and_nothing_changes()
    {
        var (_, notice) = await NoticeSentAsync();
        _app.Clock.Advance(TimeSpan.FromDays(10));
        var started = await Start(notice.LetterId, Today.AddDays(-2));
        var deadlineBefore = (await Milestone(MilestoneKind.AppealWindow))!.DueDate;

        var refused = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordMediation.Command(
            _panel.CaseId, started.Id, started.Version, MediationChoice.NoMediation, Today.AddDays(-2), null, null, Today.AddDays(-3)))).Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey(Mediation.CertificateIssuedOnField);
        var stored = await _app.Read(db => db.Mediations.SingleAsync(m => m.Id == started.Id));
        stored.Choice.Should().Be(MediationChoice.Undecided);
        stored.CertificateIssuedOn.Should().BeNull();
        (await Milestone(MilestoneKind.AppealWindow))!.DueDate.Should().Be(deadlineBefore);
    }

    [Test]
    public async Task A_stale_version_is_refused()
    {
        var (_, notice) = await NoticeSentAsync();
        var started = await Start(notice.LetterId, Today);
        await _app.SendAs(Personas.SendOfficer, new RecordMediation.Command(_panel.CaseId, started.Id, started.Version, MediationChoice.Mediate, Today, null, null, null));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordMediation.Command(
            _panel.CaseId, started.Id, started.Version, MediationChoice.NoMediation, Today, null, null, null))).Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Officers_cannot_record_the_mediations_dates_on_the_deadlines_tab()
    {
        await NoticeSentAsync();

        var refused = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.MediationRequested, Today, null)))
            .Should().ThrowAsync<RequestValidationException>();

        refused.Which.Errors.Should().ContainKey("event");
    }
}
