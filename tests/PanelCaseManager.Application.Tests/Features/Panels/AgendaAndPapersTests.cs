using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class AgendaAndPapersTests
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

    private void AfterTheCutOff() => _app.Clock.SetUtcNow(Panel.CutOff.AddHours(1));

    private Task<CasePack?> PackAsync() =>
        _app.Read(db => db.CasePacks.SingleOrDefaultAsync(p => p.PanelMeetingId == _panel.PanelId && p.PlacementRequestId == new PlacementRequestId(_panel.CaseId)));

    [Test]
    public async Task A_case_goes_on_the_agenda_and_its_timeline_says_so()
    {
        var meeting = await _app.SendAs(Personas.PanelHealth, new GetPanelMeeting.Query(_panel.PanelId));

        meeting.Agenda.Should().ContainSingle().Which.Should().BeEquivalentTo(new { PlacementRequestId = _panel.CaseId, Position = 1, AddedAfterCutOff = false, Papers = (object?)null });
        (await _app.Read(db => db.CaseEvents.AnyAsync(e => e.Kind == CaseEventKinds.AddedToAgenda))).Should().BeTrue();
    }

    [Test]
    public async Task Only_a_case_that_is_ready_for_panel_goes_on_an_agenda()
    {
        var received = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var refusal = await FluentActions.Awaiting(() => _panel.AddToAgendaAsync(received.Id)).Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("case-not-ready-for-panel");
    }

    [Test]
    public async Task A_case_cannot_be_on_two_agendas_at_once()
    {
        var second = await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2026, 12, 9)));

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new AddToAgenda.Command(second.Id, _panel.CaseId, second.Version, null)))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("on-another-agenda");
    }

    [Test]
    public async Task Before_the_cut_off_the_papers_are_a_preview_and_cannot_be_frozen()
    {
        var papers = await _app.SendAs(Personas.SendOfficer, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));

        papers.Frozen.Should().BeFalse();
        papers.Pack.GetProperty("evidence").GetArrayLength().Should().Be(1);
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new FreezePapers.Command(_panel.PanelId))).Should().ThrowAsync<DomainRuleException>();
        refusal.Which.Code.Should().Be("before-cut-off");
        (await PackAsync()).Should().BeNull();
    }

    [Test]
    public async Task At_the_cut_off_the_papers_freeze_with_a_hash_of_everything_the_panel_will_see()
    {
        await _app.SendAs(Personas.SendOfficer, Panel.Advice(_panel.CaseId));
        AfterTheCutOff();

        var frozen = await _app.SendAs(Personas.SendOfficer, new FreezePapers.Command(_panel.PanelId));

        var pack = frozen.Packs.Should().ContainSingle().Which;
        pack.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        var papers = await _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));
        papers.Frozen.Should().BeTrue();
        papers.Intact.Should().BeTrue();
        papers.Sha256.Should().Be(pack.Sha256);
        papers.Pack.GetProperty("schema").GetString().Should().Be("panel-case-pack");
        papers.Pack.GetProperty("schemaVersion").GetInt32().Should().Be(2);
        papers.Pack.GetProperty("case").GetProperty("child").GetProperty("familyName").GetString().Should().Be("Llewelyn-Jones");
        papers.Pack.GetProperty("preferences").GetArrayLength().Should().Be(2);
        papers.Pack.GetProperty("evidence")[0].GetProperty("id").GetGuid().Should().Be(_panel.EvidenceId);
        papers.Pack.GetProperty("advice")[0].GetProperty("agency").GetString().Should().Be("Health");
        papers.LateAdditions!.Any.Should().BeFalse();
    }

    [Test]
    public async Task Freezing_twice_keeps_the_first_pack()
    {
        AfterTheCutOff();
        var first = await _app.SendAs(Personas.SendOfficer, new FreezePapers.Command(_panel.PanelId));
        _app.Clock.Advance(TimeSpan.FromHours(2));

        var second = await _app.SendAs(Personas.SendOfficer, new FreezePapers.Command(_panel.PanelId));

        second.Packs.Should().BeEquivalentTo(first.Packs);
        (await _app.Read(db => db.CasePacks.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task Evidence_after_the_cut_off_is_added_visibly_as_late_and_never_enters_the_frozen_pack()
    {
        AfterTheCutOff();

        var late = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(_panel.CaseId, Files.Pdf("school-report.pdf", "late school report")));

        late.Late.Should().BeTrue();
        late.LateForPanelMeetingId.Should().Be(_panel.PanelId);
        var pack = await PackAsync();
        pack.Should().NotBeNull("the papers are frozen before anything changes after the cut-off");
        pack!.Trigger.Should().Be(FreezeTrigger.ChangeAfterCutOff);
        var document = CasePackDocument.FromJson(pack.Content);
        document.Evidence.Select(e => e.Id).Should().Equal(_panel.EvidenceId);
        var papers = await _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));
        papers.LateAdditions!.Documents.Should().ContainSingle().Which.Id.Should().Be(late.Id);
        var evidence = await _app.SendAs(Personas.SendOfficer, new GetCaseEvidence.Query(_panel.CaseId));
        evidence.Documents.Single(d => d.Id == late.Id).Late.Should().BeTrue();
        (await _app.Read(db => db.CaseEvents.Where(e => e.Kind == CaseEventKinds.EvidenceAdded).OrderBy(e => e.OccurredAt).Select(e => e.Description).ToListAsync()))
            .Last().Should().Contain("marked as late evidence");
    }

    [Test]
    public async Task Views_advice_and_preferences_changed_after_the_cut_off_show_as_late_beside_the_unchanged_pack()
    {
        var advice = await _app.SendAs(Personas.SendOfficer, Panel.Advice(_panel.CaseId));
        AfterTheCutOff();

        await _app.SendAs(Personas.SendOfficer, new RecordAdviceReceived.Command(_panel.CaseId, advice.Id, advice.Version, TestClock.Today.AddDays(6), "Seizures are well controlled.", "No medical bar to a specialist place.", null));
        await _app.SendAs(Personas.SendOfficer, Panel.ChildsVoice(_panel.CaseId));
        var version = (await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Version;
        await _app.SendAs(Personas.SendOfficer, new RecordPreferences.Command(_panel.CaseId, version, [A.PlacementRequest().Preferences![0]]));

        var papers = await _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));

        papers.Pack.GetProperty("advice")[0].GetProperty("receivedOn").ValueKind.Should().Be(JsonValueKind.Null);
        papers.Pack.GetProperty("views").GetArrayLength().Should().Be(0);
        papers.Pack.GetProperty("preferences").GetArrayLength().Should().Be(2);
        papers.LateAdditions!.Advice.Should().ContainSingle().Which.Summary.Should().Be("Seizures are well controlled.");
        papers.LateAdditions.Views.Should().ContainSingle();
        papers.LateAdditions.PreferencesChangedSinceFrozen.Should().BeTrue();
        papers.Intact.Should().BeTrue();
    }

    [Test]
    public async Task A_case_added_after_the_cut_off_needs_a_reason_and_its_papers_freeze_at_once()
    {
        var urgent = await _panel.CaseReadyForPanelAsync();
        AfterTheCutOff();

        var refusal = await FluentActions.Awaiting(() => _panel.AddToAgendaAsync(urgent)).Should().ThrowAsync<DomainRuleException>();
        refusal.Which.Code.Should().Be("late-reason-required");

        var added = await _panel.AddToAgendaAsync(urgent, "The child is out of school from Monday; the chair agreed to hear the case.");

        added.AddedAfterCutOff.Should().BeTrue();
        added.Position.Should().Be(2);
        var pack = await _app.Read(db => db.CasePacks.SingleAsync(p => p.PlacementRequestId == new PlacementRequestId(urgent)));
        pack.Trigger.Should().Be(FreezeTrigger.AddedAfterCutOff);
        var meeting = await _app.SendAs(Personas.PanelChair, new GetPanelMeeting.Query(_panel.PanelId));
        meeting.Agenda.Single(a => a.PlacementRequestId == urgent).LateReason.Should().StartWith("The child is out of school");
    }

    [Test]
    public async Task Adding_to_the_agenda_against_a_stale_version_is_refused()
    {
        var another = await _panel.CaseReadyForPanelAsync();

        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new AddToAgenda.Command(_panel.PanelId, another, 0, null)))
            .Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task Tampering_with_a_frozen_pack_is_detected()
    {
        AfterTheCutOff();
        await _app.SendAs(Personas.SendOfficer, new FreezePapers.Command(_panel.PanelId));
        await using (var db = _app.Database.OpenContext())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "CasePacks" SET "Content" = replace("Content", 'Llewelyn-Jones', 'Jones')""");
        }

        var papers = await _app.SendAs(Personas.Auditor, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));

        papers.Intact.Should().BeFalse();
    }
}
