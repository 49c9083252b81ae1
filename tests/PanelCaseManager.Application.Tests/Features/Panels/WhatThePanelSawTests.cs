using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class WhatThePanelSawTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.CaseOnAgendaAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task The_pack_a_decision_was_made_on_is_reproduced_exactly_with_its_hash_checked()
    {
        _app.Clock.SetUtcNow(Panel.CutOff.AddMinutes(1));
        var frozen = (await _app.SendAs(Personas.SendOfficer, new FreezePapers.Command(_panel.PanelId))).Packs.Single();
        await _panel.HoldMeetingAsync();
        await _panel.ViewsAsync(_panel.CaseId, Panel.Members);
        var decision = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        _app.Clock.Advance(TimeSpan.FromDays(30));
        await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_panel.CaseId, Files.Pdf("after.pdf", "a report after the decision")));

        var saw = await _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(decision.DecisionId));

        saw.CasePackId.Should().Be(frozen.CasePackId);
        saw.Sha256.Should().Be(frozen.Sha256);
        saw.Intact.Should().BeTrue();
        saw.Trigger.Should().Be(FreezeTrigger.CutOff);
        var stored = await _app.Read(db => db.CasePacks.SingleAsync(p => p.Id == frozen.CasePackId));
        saw.Pack.GetRawText().Should().Be(stored.Content, "what the panel saw is the stored document, byte for byte");
        CasePack.HashOf(saw.Pack.GetRawText()).Should().Be(saw.Sha256);
        saw.LateAdditions.Any.Should().BeFalse("evidence added after the decision was not in front of the panel");
    }

    [Test]
    public async Task Late_evidence_in_front_of_the_panel_is_listed_beside_the_pack_it_was_not_part_of()
    {
        _app.Clock.SetUtcNow(Panel.CutOff.AddHours(2));
        var late = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_panel.CaseId, Files.Pdf("late-report.pdf", "late report")));
        await _panel.HoldMeetingAsync();
        await _panel.ViewsAsync(_panel.CaseId, Panel.Members);
        var decision = await _panel.DecideAsync(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, late.Id));

        var saw = await _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(decision.DecisionId));

        saw.Pack.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).Should().Equal(_panel.EvidenceId);
        saw.LateAdditions.Documents.Should().ContainSingle().Which.Id.Should().Be(late.Id);
    }

    [Test]
    public async Task An_unknown_decision_is_not_found()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(Guid.NewGuid())))
            .Should().ThrowAsync<PanelCaseManager.Application.Common.NotFoundException>();
    }
}
