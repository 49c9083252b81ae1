using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class DecisionFormDraftTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.ReadyToDecideAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task Answers_the_law_would_refuse_are_kept_as_typed_and_given_back_to_their_author_only()
    {
        var unfinished = Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with
        {
            Reasons = "  ",
            PreferenceTests = [new RecordDecision.PreferenceTestInput(1, [Panel.Ground(Section39Ground.Unsuitable, false, _panel.EvidenceId, "Half written")], null, Domain.Provision.SettingStatus.MaintainedSchool)],
        };

        await _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, unfinished));
        var mine = await _app.SendAs(Personas.PanelChair, new GetDecisionFormDraft.Query(_panel.PanelId, _panel.CaseId));
        var theirs = await _app.SendAs(Personas.PanelHealth, new GetDecisionFormDraft.Query(_panel.PanelId, _panel.CaseId));

        mine.Answers.Should().BeEquivalentTo(unfinished);
        mine.SavedAt.Should().Be(_app.Clock.GetUtcNow());
        theirs.Answers.Should().BeNull();
        (await _app.Read(db => db.PanelDecisions.CountAsync())).Should().Be(0, "keeping the form's answers records no decision");
    }

    [Test]
    public async Task Saving_again_replaces_the_answers_kept()
    {
        var first = Panel.Defer(_panel.PanelId, _panel.CaseId);
        await _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, first));
        _app.Clock.Advance(TimeSpan.FromMinutes(3));

        await _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, first with { Reasons = "Changed my mind about the wording." }));

        var kept = await _app.SendAs(Personas.PanelChair, new GetDecisionFormDraft.Query(_panel.PanelId, _panel.CaseId));
        kept.Answers!.Reasons.Should().Be("Changed my mind about the wording.");
        (await _app.Read(db => db.DecisionFormDrafts.CountAsync())).Should().Be(1);
    }

    [Test]
    public async Task The_answers_are_kept_for_this_meeting_and_case_whatever_ids_the_form_carried()
    {
        var answers = Panel.Defer(Guid.NewGuid(), Guid.NewGuid());

        await _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, answers));

        var kept = await _app.SendAs(Personas.PanelChair, new GetDecisionFormDraft.Query(_panel.PanelId, _panel.CaseId));
        kept.Answers!.PanelId.Should().Be(_panel.PanelId);
        kept.Answers.PlacementRequestId.Should().Be(_panel.CaseId);
    }

    [Test]
    public async Task Nothing_is_kept_without_answers_or_for_a_case_not_on_the_agenda()
    {
        var none = () => _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, null));
        var otherCase = await _panel.CaseReadyForPanelAsync();
        var notOnAgenda = () => _app.SendAs(Personas.SendOfficer, new SaveDecisionFormDraft.Command(_panel.PanelId, otherCase, Panel.Defer(_panel.PanelId, otherCase)));

        (await none.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("answers");
        await notOnAgenda.Should().ThrowAsync<ForbiddenException>("officers do not draft decisions");
        var member = () => _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, otherCase, Panel.Defer(_panel.PanelId, otherCase)));
        await member.Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Signing_off_the_decision_removes_the_answers_kept_for_it()
    {
        var answers = Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId);
        await _app.SendAs(Personas.PanelChair, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, answers));
        await _app.SendAs(Personas.PanelHealth, new SaveDecisionFormDraft.Command(_panel.PanelId, _panel.CaseId, answers));
        await _panel.DecideAsync(answers, Personas.PanelChair);

        await _panel.SignOffAsync();

        (await _app.Read(db => db.DecisionFormDrafts.CountAsync())).Should().Be(0);
    }
}
