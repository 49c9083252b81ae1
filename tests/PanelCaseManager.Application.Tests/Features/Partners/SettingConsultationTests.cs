using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Partners;

/// <summary>A consulted setting answers for itself (CFA 2014 s.39), structured, and only for consultations addressed to it.</summary>
public class SettingConsultationTests
{
    private const string WoodlandsUrn = "145882";

    /// <summary>Woodlands' SENCO, invited by the officer.</summary>
    private static readonly Persona Senco = new("woodlands-senco", "Lucy Hargreaves", "senco@woodlands.example.sch.uk", Role.SettingContact, null, null);

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private Guid _consultationId;
    private Guid _woodlands;
    private Guid _otherSetting;
    private AskPartner.Result _asked = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        await _app.PublishSector();
        _woodlands = (await _app.SendAs(Personas.Administrator, Catalogue.Setting(WoodlandsUrn, "Woodlands Academy SRP"))).Id;
        _otherSetting = (await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Larkspur Communication and Autism School"))).Id;
        await _app.SendAs(Personas.SendOfficer, new InvitePartner.Command(Senco.Id, Senco.DisplayName, Senco.Email, Role.SettingContact, null, _woodlands));
        await _app.SendAs(Personas.Administrator, new InvitePartner.Command("larkspur-senco", "Sam Okafor", "senco@larkspur.example.sch.uk", Role.SettingContact, null, _otherSetting));

        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _panel.DecideAsync(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        var decisionId = await _app.Read(db => db.PanelDecisions.Where(d => d.PlacementRequestId == new PlacementRequestId(_panel.CaseId)).Select(d => d.Id).SingleAsync());
        await _panel.SignOffAsync();
        _consultationId = (await _app.SendAs(Personas.SendOfficer, new StartConsultation.Command(_panel.CaseId, decisionId, "Woodlands Academy SRP", WoodlandsUrn, null, Panel.MeetingDate))).Id;
        _asked = await _app.SendAs(Personas.SendOfficer, new AskPartner.Command(_panel.CaseId, null, _consultationId, null, [SharedSection.ChildDetails, SharedSection.Needs], [_panel.EvidenceId]));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static AnswerConsultation.Command WithAdjustments(Guid id, int version = 0) => new(
        id, version, ConsultationResponse.CanMeetNeedsWithConditions,
        [new AnswerConsultation.Adjustment("A full-time teaching assistant in class", 21500m), new AnswerConsultation.Adjustment("A sensory room adapted", 4000.50m)],
        null, "We could meet the needs from January with the support listed.");

    [Test]
    public async Task The_settings_answer_is_the_consultations_response_as_the_setting_gave_it()
    {
        var answered = await _app.SendAs(Senco, WithAdjustments(_asked.Id));

        answered.RespondedOn.Should().Be(UkCalendar.Today(_app.Clock));
        var consultation = (await _app.SendAs(Personas.SendOfficer, new ListConsultations.Query(_panel.CaseId))).Single();
        consultation.Response.Should().Be(ConsultationResponse.CanMeetNeedsWithConditions);
        consultation.ResponseSummary.Should().Be("We could meet the needs from January with the support listed.");
        var stored = await _app.Read(db => db.Consultations.SingleAsync(c => c.Id == _consultationId));
        stored.Adjustments.Should().Equal(new ConsultationAdjustment("A full-time teaching assistant in class", 2_150_000), new ConsultationAdjustment("A sensory room adapted", 400_050));
        stored.ResponseRecordedBy.Should().Be(new UserId(Senco.Id));
        var clockEvents = await _app.Read(db => db.CaseClocks.Where(c => c.PlacementRequestId == new PlacementRequestId(_panel.CaseId)).SelectMany(c => c.Events).ToListAsync());
        clockEvents.Should().Contain(e => e.Kind == ClockEventKind.SettingReplied && e.Date == UkCalendar.Today(_app.Clock));
    }

    [Test]
    public async Task A_setting_that_cannot_meet_the_needs_gives_section_39_4_grounds_and_reasons()
    {
        var noGrounds = await FluentActions.Awaiting(() => _app.SendAs(Senco, new AnswerConsultation.Command(_asked.Id, 0, ConsultationResponse.CannotMeetNeeds, null, [], null)))
            .Should().ThrowAsync<RequestValidationException>();
        noGrounds.Which.Errors.Keys.Should().Contain(["objections", "reasons"]);

        await _app.SendAs(Senco, new AnswerConsultation.Command(_asked.Id, 0, ConsultationResponse.CannotMeetNeeds,
            null, [NamingObjection.IncompatibleWithEfficientEducationOfOthers], "The class the child would join already has 14 pupils with high needs."));

        var stored = await _app.Read(db => db.Consultations.SingleAsync(c => c.Id == _consultationId));
        stored.Objections.Should().Be(NamingObjection.IncompatibleWithEfficientEducationOfOthers);
        stored.Adjustments.Should().BeEmpty();
    }

    [Test]
    public async Task An_answer_with_adjustments_needs_what_and_cost_for_each()
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Senco, new AnswerConsultation.Command(_asked.Id, 0, ConsultationResponse.CanMeetNeedsWithConditions,
            [new AnswerConsultation.Adjustment("", null), new AnswerConsultation.Adjustment("Speech therapy", 10.005m)], null, null))).Should().ThrowAsync<RequestValidationException>();

        refusal.Which.Errors.Keys.Should().Contain(["adjustments[0].what", "adjustments[0].cost", "adjustments[1].cost"]);
    }

    [Test]
    public async Task A_setting_answering_a_consultation_addressed_to_another_setting_finds_nothing()
    {
        var larkspur = new Persona("larkspur-senco", "Sam Okafor", "senco@larkspur.example.sch.uk", Role.SettingContact, null, null);

        await FluentActions.Awaiting(() => _app.SendAs(larkspur, WithAdjustments(_asked.Id))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(larkspur, new GetPartnerRequest.Query(_asked.Id))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PartnerHealth, WithAdjustments(_asked.Id))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SettingSendco, WithAdjustments(_asked.Id))).Should().ThrowAsync<NotFoundException>();
        (await _app.SendAs(larkspur, new ListMyPartnerRequests.Query())).Should().BeEmpty();
    }

    [Test]
    public async Task A_response_after_the_consultation_closed_is_refused()
    {
        _app.Clock.Advance(TimeSpan.FromDays(16));
        var consultation = await _app.Read(db => db.Consultations.SingleAsync(c => c.Id == _consultationId));
        await _app.SendAs(Personas.SendOfficer, new RecordConsultationOutcome.Command(_panel.CaseId, _consultationId, consultation.Version, ConsultationOutcome.SettingNotToBeNamed, "No reply within 15 days."));

        var seen = await _app.SendAs(Senco, new GetPartnerRequest.Query(_asked.Id));
        seen.CanRespond.Should().BeFalse();
        seen.ClosedBecause.Should().StartWith("The consultation closed");
        (await FluentActions.Awaiting(() => _app.SendAs(Senco, WithAdjustments(_asked.Id))).Should().ThrowAsync<DomainRuleException>())
            .Which.Code.Should().Be("consultation-closed");
        (await _app.Read(db => db.Consultations.SingleAsync(c => c.Id == _consultationId))).Response.Should().BeNull();
    }

    [Test]
    public async Task A_second_answer_is_refused_and_the_first_stands()
    {
        var first = await _app.SendAs(Senco, WithAdjustments(_asked.Id));

        (await FluentActions.Awaiting(() => _app.SendAs(Senco, new AnswerConsultation.Command(_asked.Id, first.Version, ConsultationResponse.CanMeetNeeds, null, null, null)))
            .Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("partner-request-answered");
        (await _app.Read(db => db.Consultations.SingleAsync(c => c.Id == _consultationId))).Response.Should().Be(ConsultationResponse.CanMeetNeedsWithConditions);
    }

    [Test]
    public async Task The_setting_sees_the_consultation_pack_it_was_given_and_every_contact_is_told()
    {
        var request = await _app.SendAs(Senco, new GetPartnerRequest.Query(_asked.Id));

        request.Child.Should().NotBeNull();
        request.Documents.Should().ContainSingle().Which.Id.Should().Be(_panel.EvidenceId);
        request.DueOn.Should().Be(Panel.MeetingDate.AddDays(15));
        (await _app.Read(db => db.Notifications.CountAsync(n => n.Kind == PartnerNotifications.Waiting && n.RecipientId == new UserId(Senco.Id)))).Should().Be(1);
        (await _app.Read(db => db.Notifications.CountAsync(n => n.Kind == PartnerNotifications.Waiting && n.RecipientId == new UserId("larkspur-senco")))).Should().Be(0);
    }

    [Test]
    public async Task A_consultation_of_a_setting_outside_the_catalogue_cannot_go_to_a_partner()
    {
        var decisionId = await _app.Read(db => db.PanelDecisions.Where(d => d.PlacementRequestId == new PlacementRequestId(_panel.CaseId)).Select(d => d.Id).SingleAsync());
        var elsewhere = (await _app.SendAs(Personas.SendOfficer, new StartConsultation.Command(_panel.CaseId, decisionId, "Hillside School", null, null, Panel.MeetingDate))).Id;

        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new AskPartner.Command(_panel.CaseId, null, elsewhere, null, [], [])))
            .Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("setting-not-in-catalogue");
    }
}
