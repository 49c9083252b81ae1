using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Testing;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Audit;

public class DecisionHistoryTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private Guid _decisionId;
    private IssueDecisionLetter.Result _letter = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", null));
        _decisionId = (await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId))).DecisionId;
        await _panel.SignOffAsync();
        _letter = await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(_decisionId));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<GetDecisionHistory.Bundle> History(Persona? by = null) =>
        _app.SendAs(by ?? Personas.Auditor, new GetDecisionHistory.Query(_decisionId));

    [Test]
    public async Task The_bundle_holds_the_decision_what_the_panel_saw_the_letter_and_the_case_events_in_order_and_is_intact()
    {
        var bundle = await History();

        bundle.SchemaVersion.Should().Be(GetDecisionHistory.SchemaVersion);
        bundle.Decision.Id.Should().Be(_decisionId);
        bundle.Decision.Content.Reasons.Should().NotBeNullOrWhiteSpace();
        bundle.PanelPack.CasePackId.Should().Be(bundle.Decision.CasePackId);
        bundle.PanelPack.Sha256.Should().Be(bundle.Decision.CasePackSha256);
        bundle.PanelPack.Intact.Should().BeTrue();
        bundle.Letters.Should().ContainSingle().Which.Sha256.Should().Be(_letter.Sha256);
        bundle.Letters[0].TemplateVersion.Should().Be(2);
        bundle.RelatedDecisions.Should().BeEmpty();
        bundle.Timeline.PlacementRequestId.Should().Be(_panel.CaseId);
        bundle.Timeline.Entries.Should().NotBeEmpty();
        bundle.AuditEvents.Should().NotBeEmpty().And.OnlyContain(e => e.CaseId == _panel.CaseId);
        bundle.AuditEvents.Select(e => e.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        bundle.AuditEvents.Should().Contain(e => e.Action.Contains(nameof(IssueDecisionLetter), StringComparison.Ordinal));
        bundle.Verification.Intact.Should().BeTrue();
        bundle.Verification.Verdict.Should().Be("intact");
        bundle.Verification.EventsChecked.Should().Be(bundle.AuditEvents.Count);
    }

    [Test]
    public async Task A_correction_is_listed_on_the_decision_it_supersedes()
    {
        var correction = await _panel.DecideAsync(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with
        {
            SupersedesDecisionId = _decisionId,
            SupersedeReason = "The costs compared were entered the wrong way round; the panel's decision was to name the SRP.",
        });
        await _panel.SignOffAsync();

        var bundle = await History();

        bundle.RelatedDecisions.Should().ContainSingle().Which.Should().Match<GetDecisionHistory.RelatedDecision>(
            d => d.Id == correction.DecisionId && d.Relation == "superseded-by");
    }

    [Test]
    public async Task An_event_of_the_case_edited_in_the_database_is_named_as_the_broken_link()
    {
        var before = await History();
        var victim = before.AuditEvents[before.AuditEvents.Count / 2].Sequence;

        await Tamper($"UPDATE \"AuditEvents\" SET \"UserId\" = 'someone-else' WHERE \"Sequence\" = {victim}");

        var after = await History();
        after.Verification.Intact.Should().BeFalse();
        after.Verification.Verdict.Should().Be("broken");
        after.Verification.FirstBrokenSequence.Should().Be(victim);
        after.Verification.Problem.Should().Contain($"Event {victim:N0} was altered");
    }

    [Test]
    public async Task An_officer_of_another_team_is_told_the_decision_does_not_exist()
    {
        var read = () => History(Personas.SecondSendOfficer);

        await read.Should().ThrowAsync<PanelCaseManager.Application.Common.NotFoundException>();
    }

    private async Task Tamper(string sql)
    {
        await using var connection = _app.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
