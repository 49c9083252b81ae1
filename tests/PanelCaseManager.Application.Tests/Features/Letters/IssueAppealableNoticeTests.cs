using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

/// <summary>
/// Notices that carry the right of appeal, through the whole pipeline: the final plan's notice after the panel's
/// signed-off decision, its appeal deadline from the statutory clock, the clock's milestones it meets, the family told,
/// and each notice's bad input refused with nothing written.
/// </summary>
public class IssueAppealableNoticeTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

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

    /// <summary>A new plan's path before its final plan: the decision to assess, then the draft served.</summary>
    private async Task DraftPlanServedAsync()
    {
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, UkCalendar.Today(_app.Clock).AddDays(-2), null));
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DraftPlanServed, UkCalendar.Today(_app.Clock).AddDays(-1), null));
    }

    private async Task<Guid> SignedOff(RecordDecision.Command command)
    {
        var decided = await _panel.DecideAsync(command);
        await _panel.SignOffAsync();
        return decided.DecisionId;
    }

    private Task<IssueAppealableNotice.Result> Send(LetterOutcome notice, string? namedInPlan = null, string? reasons = null, string? key = null) =>
        _app.SendAs(Personas.SendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, notice, namedInPlan, reasons) { IdempotencyKey = key });

    private async Task<DateOnly> AppealDeadlineByTheClock(DateOnly sent)
    {
        await using var scope = await _app.ScopeAs(Personas.SendOfficer);
        var clock = (await scope.ServiceProvider.GetRequiredService<ClockSettingsFactory>().CreateAsync(CancellationToken.None)).Clock;
        return StatutoryDates.AppealDeadline(sent, null, clock.Rules, clock.Calendar);
    }

    private Task<CaseClock> ClockAsync() => _app.Read(db => db.CaseClocks.WithMilestones().SingleAsync(c => c.PlacementRequestId == CaseId));

    private Task<int> LettersOnTheCase() => _app.Read(db => db.IssuedLetters.CountAsync(l => l.PlacementRequestId == CaseId));

    [Test]
    public async Task The_final_plan_notice_names_the_setting_decided_gives_the_real_deadline_and_meets_the_final_plan_deadline()
    {
        var decisionId = await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();
        var today = UkCalendar.Today(_app.Clock);

        var sent = await Send(LetterOutcome.FinalPlanNotice);

        var deadline = await AppealDeadlineByTheClock(today);
        sent.AppealDeadline.Should().Be(deadline).And.Be(new DateOnly(2027, 2, 2), "2 December plus two months is Tuesday 2 February 2027");
        var view = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetter.Query(sent.LetterId));
        view.IsNotice.Should().BeTrue();
        view.Outcome.Should().Be(LetterOutcome.FinalPlanNotice);
        view.BasedOnDecisionId.Should().Be(decisionId);
        view.DecisionId.Should().BeNull();
        view.NamedInPlan.Should().Be("Brookside Special School", "the plan names the preference the panel agreed");
        view.AppealDeadline.Should().Be(deadline);
        view.TemplateVersion.Should().Be(1);

        var file = await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(sent.LetterId));
        Convert.ToHexStringLower(SHA256.HashData(file.Pdf)).Should().Be(sent.Sha256);
        file.FileName.Should().Be($"notice-{sent.Reference}.pdf");
        using var text = new PdfText(file.Pdf);
        text.All.Should().Contain("Section I of the plan names Brookside Special School")
            .And.Contain($"The last day to appeal is {deadline.ToString("dddd d MMMM yyyy", English)}")
            .And.Contain("Siân Llewelyn-Jones").And.Contain("Example Mediation Service")
            .And.Contain("You do not need a certificate if your appeal is only about the school")
            .And.NotContain("DRAFT");

        var clock = await ClockAsync();
        clock.Events.Should().Contain(e => e.Kind == ClockEventKind.FinalPlanIssued && e.Date == today && e.Source == ClockEventsFromFeatures.FromNotices);
        clock.Milestones.Single(m => m.Kind == MilestoneKind.FinalPlan).MetOn.Should().Be(today);
        var window = clock.Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow);
        window.StartedOn.Should().Be(today);
        window.DueDate.Should().Be(deadline, "the family's pages show the clock's date, the same the notice gives");
    }

    /// <summary>
    /// The last day to appeal, worked out by hand from the day the notice is sent (HESC Rules r.20: 2 months from the
    /// notice, the corresponding date or the month's last day; r.12: off weekends and bank holidays, out of the
    /// Christmas period and August), given in the notice, on the clock and on the family's pages alike.
    /// </summary>
    [TestCase("2026-12-30", "2027-03-01", Description = "30 December + 2 months: no 30 February, so Sunday 28 February 2027, moved to Monday 1 March")]
    [TestCase("2027-12-31", "2028-02-29", Description = "31 December + 2 months in a leap year: Tuesday 29 February 2028")]
    [TestCase("2028-02-29", "2028-05-02", Description = "29 February 2028 + 2 months: Saturday 29 April; Monday 1 May is the early May bank holiday")]
    [TestCase("2027-03-31", "2027-06-01", Description = "31 March + 2 months: Monday 31 May 2027 is the spring bank holiday")]
    [TestCase("2027-06-30", "2027-09-01", Description = "30 June + 2 months: Monday 30 August 2027 is in August, so the first working day of September")]
    [TestCase("2027-10-27", "2028-01-04", Description = "27 October + 2 months: Monday 27 December is in the Christmas period; 1-3 January 2028 are a weekend and the substitute bank holiday")]
    public async Task The_notice_gives_the_last_day_to_appeal_two_months_from_its_own_date(string sentOn, string lastDay)
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();
        var noticeDate = DateOnly.ParseExact(sentOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = DateOnly.ParseExact(lastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _app.Clock.SetUtcNow(new DateTimeOffset(noticeDate.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero));

        var sent = await Send(LetterOutcome.FinalPlanNotice);

        sent.LetterDate.Should().Be(noticeDate);
        sent.AppealDeadline.Should().Be(expected);
        using var text = new PdfText((await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(sent.LetterId))).Pdf);
        text.All.Should().Contain($"The last day to appeal is {expected.ToString("dddd d MMMM yyyy", English)}");
        (await ClockAsync()).Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).DueDate.Should().Be(expected);
        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        var familyVersion = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Role.Family))).Single(u => u.Id == Personas.Family.Id).Version;
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, reference, "Mother", familyVersion));
        var next = await _app.SendAs(Personas.Family, new GetWhatHappensNext.Query(_panel.CaseId));
        next.Ahead.Concat(next.Done).Single(d => d.Kind == MilestoneKind.AppealWindow).By.Should().Be(expected, "the family's pages show the same date");
    }

    [Test]
    public async Task A_mediation_certificate_a_month_later_moves_the_appeal_window_on()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();
        await Send(LetterOutcome.FinalPlanNotice);
        _app.Clock.Advance(TimeSpan.FromDays(45));

        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.MediationCertificateIssued, new DateOnly(2027, 1, 15), null));

        (await ClockAsync()).Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).DueDate
            .Should().Be(new DateOnly(2027, 2, 15), "a month from the certificate is later than two months from the notice");
    }

    [Test]
    public async Task A_final_plan_notice_before_a_signed_off_decision_is_refused_and_nothing_is_sent()
    {
        await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();

        var refused = await FluentActions.Awaiting(() => Send(LetterOutcome.FinalPlanNotice, "Brookside Special School")).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("notice-needs-decision");
        (await LettersOnTheCase()).Should().Be(0);
        (await _app.Read(db => db.Notifications.CountAsync())).Should().Be(0);
        (await ClockAsync()).Events.Should().NotContain(e => e.Kind == ClockEventKind.FinalPlanIssued || e.Kind == ClockEventKind.AppealableNoticeSent);
    }

    [Test]
    public async Task A_second_final_plan_notice_is_refused_and_the_first_stands()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();
        var first = await Send(LetterOutcome.FinalPlanNotice);
        _app.Clock.Advance(TimeSpan.FromDays(3));

        var refused = await FluentActions.Awaiting(() => Send(LetterOutcome.FinalPlanNotice)).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("notice-already-issued");
        refused.Which.Message.Should().Contain(first.Reference);
        (await LettersOnTheCase()).Should().Be(1);
        (await ClockAsync()).Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).DueDate.Should().Be(first.AppealDeadline);
    }

    [Test]
    public async Task Sending_again_with_the_same_key_gives_the_same_notice()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();

        var first = await Send(LetterOutcome.FinalPlanNotice, key: "notice-1");
        var again = await Send(LetterOutcome.FinalPlanNotice, key: "notice-1");

        again.Should().Be(first);
        (await LettersOnTheCase()).Should().Be(1);
    }

    [Test]
    public async Task An_amended_plan_notice_on_a_case_without_a_plan_is_refused()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var refused = await FluentActions.Awaiting(() => Send(LetterOutcome.FinalAmendedPlanNotice)).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("case-has-no-plan");
        (await LettersOnTheCase()).Should().Be(0);
    }

    [Test]
    public async Task A_final_plan_before_its_draft_was_served_is_refused_by_the_clock_in_the_preview_as_in_sending()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var preview = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new PreviewAppealableNotice.Query(_panel.CaseId, LetterOutcome.FinalPlanNotice, null, null)))
            .Should().ThrowAsync<DomainRuleException>();
        var send = await FluentActions.Awaiting(() => Send(LetterOutcome.FinalPlanNotice)).Should().ThrowAsync<DomainRuleException>();

        preview.Which.Code.Should().Be("milestone-not-reached");
        preview.Which.Message.Should().Contain("draft plan served");
        send.Which.Code.Should().Be("milestone-not-reached");
        (await LettersOnTheCase()).Should().Be(0);
    }

    [Test]
    public async Task A_preview_is_a_draft_with_the_deadline_to_check_and_writes_nothing()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();

        var preview = await _app.SendAs(Personas.SendOfficer, new PreviewAppealableNotice.Query(_panel.CaseId, LetterOutcome.FinalPlanNotice, "Brookside Special School (the primary department)", null));

        preview.AppealDeadline.Should().Be(new DateOnly(2027, 2, 2));
        preview.NamedInPlan.Should().Be("Brookside Special School (the primary department)", "the officer may name the plan's wording");
        preview.AddressedTo.Should().Be("Siân Llewelyn-Jones");
        using var text = new PdfText(preview.File.Pdf);
        string.Concat(text.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT");
        (await LettersOnTheCase()).Should().Be(0);
        (await ClockAsync()).Events.Should().NotContain(e => e.Kind == ClockEventKind.FinalPlanIssued);
    }

    [Test]
    public async Task A_refusal_to_assess_gives_the_officers_reasons_and_answers_the_decision_to_assess()
    {
        var sent = await Send(LetterOutcome.RefusalToAssessNotice, reasons: "Ffion's school can meet her needs from its own resources, as its SENCO's report shows.");

        using var text = new PdfText((await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(sent.LetterId))).Pdf);
        text.All.Should().Contain("We have decided not to carry out an education, health and care (EHC) needs assessment")
            .And.Contain("Ffion's school can meet her needs from its own resources")
            .And.Contain("a decision not to carry out an EHC needs assessment")
            .And.Contain("Before you appeal, you must contact a mediation adviser and get a certificate.")
            .And.NotContain("You do not need a certificate");
        var clock = await ClockAsync();
        clock.Milestones.Single(m => m.Kind == MilestoneKind.DecisionToAssess).MetOn.Should().Be(UkCalendar.Today(_app.Clock));
        clock.Milestones.Single(m => m.Kind == MilestoneKind.AppealWindow).DueDate.Should().Be(sent.AppealDeadline);
    }

    [Test]
    public async Task A_refusal_without_reasons_is_refused_and_nothing_is_sent()
    {
        var refused = await FluentActions.Awaiting(() => Send(LetterOutcome.RefusalToAssessNotice, reasons: "   ")).Should().ThrowAsync<DomainRuleException>();

        refused.Which.Code.Should().Be("reasons-required");
        (await LettersOnTheCase()).Should().Be(0);
    }

    [Test]
    public async Task A_refusal_to_issue_follows_the_panels_decision_and_takes_its_reasons()
    {
        var refusal = Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with
        {
            Outcome = Domain.Panels.DecisionOutcome.Decline,
            AgreedPreferenceRank = null,
            Reasons = "The assessment shows Ffion's needs can be met by her school's own special educational provision.",
            PreferenceTests = [Panel.Section39Test(1, _panel.EvidenceId, Domain.Panels.Section39Ground.Unsuitable)],
            RefusesToIssuePlan = true,
        };
        var decisionId = await SignedOff(refusal);
        await _app.SendAs(Personas.SendOfficer, new RecordClockEvent.Command(_panel.CaseId, ClockEventKind.DecidedToAssess, UkCalendar.Today(_app.Clock).AddDays(-1), null));

        var choices = await _app.SendAs(Personas.SendOfficer, new GetNoticeChoices.Query(_panel.CaseId));
        var sent = await Send(LetterOutcome.RefusalToIssueNotice);

        choices.Single(c => c.Notice == LetterOutcome.RefusalToIssueNotice).Should().Match<GetNoticeChoices.Choice>(c => c.CanSend && c.ReasonsFromDecision && c.DecisionId == decisionId);
        choices.Single(c => c.Notice == LetterOutcome.FinalPlanNotice).CanSend.Should().BeFalse("a decision refusing to issue names no setting");
        (await _app.SendAs(Personas.SendOfficer, new GetIssuedLetter.Query(sent.LetterId))).BasedOnDecisionId.Should().Be(decisionId);
        using var text = new PdfText((await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(sent.LetterId))).Pdf);
        text.All.Should().Contain("We have decided not to issue an EHC plan").And.Contain("can be met by her school's own special educational provision");
        (await ClockAsync()).Milestones.Single(m => m.Kind == MilestoneKind.DecisionWhetherToIssue).MetOn.Should().Be(UkCalendar.Today(_app.Clock));
    }

    [Test]
    public async Task The_choices_say_which_notices_the_case_allows_and_why_not()
    {
        var before = await _app.SendAs(Personas.SendOfficer, new GetNoticeChoices.Query(_panel.CaseId));
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        var after = await _app.SendAs(Personas.SendOfficer, new GetNoticeChoices.Query(_panel.CaseId));

        before.Select(c => c.Notice).Should().Equal(LetterOutcomes.Notices);
        before.Single(c => c.Notice == LetterOutcome.FinalPlanNotice).WhyNot.Should().Contain("no signed-off decision");
        before.Single(c => c.Notice == LetterOutcome.CessationNotice).WhyNot.Should().Contain("no EHC plan yet");
        after.Single(c => c.Notice == LetterOutcome.FinalPlanNotice).Should().Match<GetNoticeChoices.Choice>(c => c.CanSend && c.NamedInPlan == "Brookside Special School");
    }

    [Test]
    public async Task The_linked_family_is_told_of_the_notice_by_reference_with_the_last_day_to_appeal_and_reads_it()
    {
        await SignedOff(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await DraftPlanServedAsync();
        var reference = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        var familyVersion = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Role.Family))).Single(u => u.Id == Personas.Family.Id).Version;
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, reference, "Mother", familyVersion));

        var sent = await Send(LetterOutcome.FinalPlanNotice);

        var notification = await _app.Read(db => db.Notifications.SingleAsync(n => n.RecipientId == new UserId(Personas.Family.Id)));
        notification.Kind.Should().Be(NotificationKinds.DecisionLetterIssued);
        notification.Subject.Should().Be($"A notice about {reference}: you can appeal until 2 February 2027");
        notification.Body.Should().Contain(sent.Reference).And.Contain("Tuesday 2 February 2027").And.NotContain("Ffion");
        notification.Link.Should().Be(LetterNotifications.LinkFor(sent.LetterId));
        (await _app.SendAs(Personas.Family, new ListCaseLetters.Query(_panel.CaseId))).Should().ContainSingle(l => l.Id == sent.LetterId && l.IsNotice);
        (await _app.SendAs(Personas.Family, new GetIssuedLetterPdf.Query(sent.LetterId))).Sha256.Should().Be(sent.Sha256);
    }

    [Test]
    public async Task Only_case_managers_send_notices_and_another_teams_case_is_not_found()
    {
        var member = () => _app.SendAs(Personas.PanelChair, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.RefusalToAssessNotice, null, "Reasons."));
        var otherTeam = () => _app.SendAs(Personas.SecondSendOfficer, new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.RefusalToAssessNotice, null, "Reasons."));
        var family = () => _app.SendAs(Personas.Family, new GetNoticeChoices.Query(_panel.CaseId));

        await member.Should().ThrowAsync<ForbiddenException>();
        await otherTeam.Should().ThrowAsync<NotFoundException>();
        await family.Should().ThrowAsync<ForbiddenException>();
        (await LettersOnTheCase()).Should().Be(0);
    }

    [Test]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        async Task<IReadOnlyDictionary<string, string[]>> Refused(IssueAppealableNotice.Command command) =>
            (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        (await Refused(new IssueAppealableNotice.Command(_panel.CaseId, null, null, null))).Should().ContainKey("notice");
        (await Refused(new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.AgreePreference, null, null)))["notice"].Single().Should().Contain("FinalPlanNotice");
        (await Refused(new IssueAppealableNotice.Command(_panel.CaseId, (LetterOutcome)99, null, null))).Should().ContainKey("notice");
        (await Refused(new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.FinalPlanNotice, new string('x', 201), null))).Should().ContainKey("namedInPlan");
        (await Refused(new IssueAppealableNotice.Command(_panel.CaseId, LetterOutcome.CessationNotice, null, new string('x', 8001)))).Should().ContainKey("reasons");
        (await LettersOnTheCase()).Should().Be(0);
    }
}
