using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Evidence;

public class AdviceTests
{
    private ApplicationHarness _app = null!;
    private Guid _caseId;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<GetCaseEvidence.CaseEvidence> EvidenceAsync() => _app.SendAs(Personas.SendOfficer, new GetCaseEvidence.Query(_caseId));

    [Test]
    public async Task Advice_is_due_six_weeks_after_it_was_requested_and_shows_as_outstanding()
    {
        var requested = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId));

        requested.DueOn.Should().Be(TestClock.Today.AddDays(-7).AddDays(42));
        var evidence = await EvidenceAsync();
        evidence.OutstandingAdvice.Should().Be(1);
        evidence.OverdueAdvice.Should().Be(0);
        evidence.Advice.Should().ContainSingle().Which.Status.Should().Be(GetCaseEvidence.AdviceStatus.Outstanding);
    }

    [Test]
    public async Task The_advice_period_comes_from_configuration()
    {
        await _app.DisposeAsync();
        _app = new ApplicationHarness(new Dictionary<string, string?> { ["Evidence:AdviceResponseWeeks"] = "4" });
        _caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;

        (await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId))).DueOn.Should().Be(TestClock.Today.AddDays(-7).AddDays(28));
    }

    [Test]
    public async Task Advice_past_its_due_date_shows_as_overdue()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId));
        _app.Clock.Advance(TimeSpan.FromDays(40));

        var evidence = await EvidenceAsync();

        evidence.OverdueAdvice.Should().Be(1);
        evidence.Advice.Single().Status.Should().Be(GetCaseEvidence.AdviceStatus.Overdue);
    }

    [Test]
    public async Task Advice_received_is_recorded_with_its_summary_and_recommendation()
    {
        var requested = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId, Agency.SocialCare));
        var document = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_caseId) with { Agency = Agency.SocialCare, AdviceRequestId = requested.Id });

        var received = await _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(
            _caseId, requested.Id, requested.Version, TestClock.Today, "The family is well supported; short breaks in place.", "No social care bar to a day placement.", document.Id));

        received.Late.Should().BeFalse();
        var advice = (await EvidenceAsync()).Advice.Single();
        advice.Status.Should().Be(GetCaseEvidence.AdviceStatus.Received);
        advice.Recommendation.Should().Be("No social care bar to a day placement.");
        advice.EvidenceItemId.Should().Be(document.Id);
    }

    [Test]
    public async Task Advice_received_before_it_was_requested_is_refused()
    {
        var requested = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId));

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(
                _caseId, requested.Id, requested.Version, TestClock.Today.AddDays(-8), "Early.", null, null)))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("received-before-requested");
        (await EvidenceAsync()).OutstandingAdvice.Should().Be(1);
    }

    [Test]
    public async Task Advice_cannot_be_received_twice()
    {
        var requested = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId));
        var received = await _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(_caseId, requested.Id, requested.Version, TestClock.Today, "Advice.", null, null));

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(
            _caseId, requested.Id, received.Version, TestClock.Today, "Again.", null, null))).Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("advice-already-received");
    }

    [Test]
    public async Task Advice_from_another_agency_must_be_named_and_cannot_be_requested_in_the_future()
    {
        var command = Panel.Advice(_caseId, Agency.Other) with { RequestedOn = TestClock.Today.AddDays(1) };

        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, command)).Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("agencyName", "requestedOn");
    }

    [Test]
    public async Task Advice_cannot_be_requested_before_the_request_was_received()
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId) with { RequestedOn = TestClock.Today.AddDays(-30) }))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("requested-before-request");
    }

    [Test]
    public async Task Recording_advice_against_a_stale_version_is_refused()
    {
        var requested = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(_caseId, requested.Id, 3, TestClock.Today, "Advice.", null, null)))
            .Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Advice_on_another_case_is_not_found()
    {
        var requested = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_caseId));
        var other = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(other.Id, requested.Id, 0, TestClock.Today, "Advice.", null, null)))
            .Should().ThrowAsync<NotFoundException>();
    }
}
