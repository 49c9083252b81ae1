using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Consultations;

public class ConsultationTests
{
    private static readonly DateOnly MeetingDay = Panel.MeetingDate;

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private Guid _decisionId;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        _decisionId = (await _panel.DecideAsync(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId))).DecisionId;
        await _panel.SignOffAsync();
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private StartConsultation.Command Consult(DateOnly? sentOn = null) =>
        new(_panel.CaseId, _decisionId, "Woodlands Academy SRP", "145882", null, sentOn ?? MeetingDay);

    [Test]
    public async Task A_consulted_setting_has_fifteen_days_to_reply()
    {
        var started = await _app.SendAs(Personas.SendOfficer, Consult());

        started.DueOn.Should().Be(MeetingDay.AddDays(15));
        var list = await _app.SendAs(Personas.TeamManager, new ListConsultations.Query(_panel.CaseId));
        list.Should().ContainSingle().Which.Should().BeEquivalentTo(new { SettingName = "Woodlands Academy SRP", Overdue = false, Response = (ConsultationResponse?)null });
        (await _app.SendAs(Personas.Auditor, new GetCaseHistory.Query(_panel.CaseId))).Entries.Should().Contain(e => e.Kind == "consultation-sent");
    }

    [Test]
    public async Task The_response_and_outcome_are_recorded()
    {
        var started = await _app.SendAs(Personas.SendOfficer, Consult());
        _app.Clock.Advance(TimeSpan.FromDays(10));

        var response = await _app.SendAs(Personas.SendOfficer, new RecordConsultationResponse.Command(
            _panel.CaseId, started.Id, started.Version, MeetingDay.AddDays(9), ConsultationResponse.CanMeetNeeds, "The SRP has a place from January and can meet need."));
        var outcome = await _app.SendAs(Personas.SendOfficer, new RecordConsultationOutcome.Command(
            _panel.CaseId, started.Id, response.Version, ConsultationOutcome.SettingToBeNamed, "The school can meet need and has a place."));

        response.Late.Should().BeFalse();
        outcome.Outcome.Should().Be(ConsultationOutcome.SettingToBeNamed);
        var consultation = (await _app.SendAs(Personas.SendOfficer, new ListConsultations.Query(_panel.CaseId))).Single();
        consultation.Response.Should().Be(ConsultationResponse.CanMeetNeeds);
        consultation.Outcome.Should().Be(ConsultationOutcome.SettingToBeNamed);
    }

    [Test]
    public async Task Without_a_reply_the_outcome_waits_until_the_fifteen_days_have_run()
    {
        var started = await _app.SendAs(Personas.SendOfficer, Consult());
        var outcome = new RecordConsultationOutcome.Command(_panel.CaseId, started.Id, started.Version, ConsultationOutcome.SettingToBeNamed, "No reply received.");

        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, outcome)).Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("awaiting-response");

        _app.Clock.Advance(TimeSpan.FromDays(16));
        (await _app.SendAs(Personas.SendOfficer, new ListConsultations.Query(_panel.CaseId))).Single().Overdue.Should().BeTrue();
        (await _app.SendAs(Personas.SendOfficer, outcome)).Outcome.Should().Be(ConsultationOutcome.SettingToBeNamed);
    }

    [Test]
    public async Task A_reply_dated_before_the_consultation_was_sent_is_refused()
    {
        var started = await _app.SendAs(Personas.SendOfficer, Consult());

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordConsultationResponse.Command(
            _panel.CaseId, started.Id, started.Version, MeetingDay.AddDays(-1), ConsultationResponse.CannotMeetNeeds, "Full."))).Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("response-before-sent");
    }

    [Test]
    public async Task A_consultation_cannot_be_sent_before_the_decision_was_signed_off()
    {
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Consult(MeetingDay.AddDays(-1)))).Should().ThrowAsync<DomainRuleException>())
            .Which.Code.Should().Be("sent-before-decision");
    }

    [Test]
    public async Task A_setting_is_consulted_once_at_a_time()
    {
        await _app.SendAs(Personas.SendOfficer, Consult());

        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Consult())).Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("consultation-open");
    }

    [Test]
    public async Task A_deferral_names_no_setting_to_consult()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness();
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        _decisionId = (await _panel.DecideAsync(Panel.Defer(_panel.PanelId, _panel.CaseId))).DecisionId;
        await _panel.SignOffAsync();

        (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Consult())).Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("decision-names-no-setting");
    }

    [Test]
    public async Task Bad_input_names_each_field()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new StartConsultation.Command(_panel.CaseId, _decisionId, "", "12", null, null)))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("settingName", "settingUrn", "sentOn");
    }
}
