using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Security;

/// <summary>
/// Panel members and chairs read a case only through the frozen papers of a meeting they sit on, until the papers
/// close some days after it, and nothing of a case they declared a conflict of interest in (docs/adr/0185).
/// </summary>
public class PanelAccessTests
{
    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(new Dictionary<string, string?>
        {
            ["Access:PanelPapersDaysAfterMeeting"] = "3",
            // Quorate without social care, so that a decision can be made once its member has declared a conflict.
            ["Panels:QuorumAgencies:0"] = "Education",
            ["Panels:QuorumAgencies:1"] = "Health",
            ["Panels:QuorumAgencies:2"] = "EducationalPsychology",
            ["Panels:QuorumMinimumMembers"] = "3",
        });
        _panel = await PanelScenario.CaseOnAgendaAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<Guid> SignedOffDecisionAsync(Persona? conflicted = null)
    {
        await _panel.HoldMeetingAsync();
        if (conflicted is not null)
        {
            await _app.SendAs(Personas.PanelChair, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, conflicted.Id, "Manages the child's social worker."));
        }

        await _panel.ViewsAsync(_panel.CaseId, Panel.Members.Where(m => m != conflicted));
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        return decided.DecisionId;
    }

    /// <summary>Every read of the live case: what panel members never reach, whatever panel the case is on.</summary>
    private IEnumerable<Func<Task>> LiveCaseReads(Persona persona, Guid caseId) =>
    [
        () => _app.SendAs(persona, new GetPlacementRequest.Query(caseId)),
        () => _app.SendAs(persona, new GetFamilyContact.Query(caseId)),
        () => _app.SendAs(persona, new GetCaseEvidence.Query(caseId)),
        () => _app.SendAs(persona, new GetEvidenceContent.Query(caseId, _panel.EvidenceId)),
        () => _app.SendAs(persona, new GetSectorMatch.Query(caseId)),
        () => _app.SendAs(persona, new GetMilestones.Query(caseId)),
        () => _app.SendAs(persona, new GetCaseHistory.Query(caseId)),
        () => _app.SendAs(persona, new GetCaseProgress.Query(caseId)),
        () => _app.SendAs(persona, new GetCasePanels.Query(caseId)),
        () => _app.SendAs(persona, new ListConsultations.Query(caseId)),
        () => _app.SendAs(persona, new ListCaseLetters.Query(caseId)),
    ];

    [Test]
    public async Task A_panel_member_reads_the_frozen_papers_of_their_panel_but_never_the_live_case_with_the_familys_details()
    {
        await _panel.HoldMeetingAsync();

        var papers = await _app.SendAs(Personas.PanelSocialCare, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));

        papers.Frozen.Should().BeTrue();
        foreach (var read in LiveCaseReads(Personas.PanelSocialCare, _panel.CaseId).Concat(LiveCaseReads(Personas.PanelChair, _panel.CaseId)))
        {
            await read.Should().ThrowAsync<NotFoundException>();
        }

        (await _app.SendAs(Personas.PanelSocialCare, new ListPlacementRequests.Query(null, null, null, null, null, null, null))).Items.Should().BeEmpty();
        (await _app.SendAs(Personas.PanelChair, new ListCaseOfficers.Query())).Should().BeEmpty();
    }

    [Test]
    public async Task Before_the_papers_are_frozen_a_member_gets_no_preview_of_the_live_case_though_the_officer_does()
    {
        var member = () => _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId));

        await member.Should().ThrowAsync<NotFoundException>();
        (await _app.SendAs(Personas.SendOfficer, new GetCasePack.Query(_panel.PanelId, _panel.CaseId))).Frozen.Should().BeFalse();
        var meeting = await _app.SendAs(Personas.PanelHealth, new GetPanelMeeting.Query(_panel.PanelId));
        meeting.Agenda.Should().ContainSingle().Which.Papers.Should().BeNull("the agenda shows that the papers are not ready yet");
    }

    [Test]
    public async Task A_member_may_still_declare_a_conflict_before_the_papers_are_frozen()
    {
        await _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I treat the child."));

        var meeting = await _app.SendAs(Personas.PanelHealth, new GetPanelMeeting.Query(_panel.PanelId));
        meeting.Withheld.Should().ContainSingle().Which.Because.Should().Be(GetPanelMeeting.WithheldBecause.ConflictOfInterest);
    }

    [Test]
    public async Task The_papers_and_the_decision_close_to_members_the_configured_days_after_the_meeting()
    {
        var decisionId = await SignedOffDecisionAsync();
        _app.Clock.SetUtcNow(Panel.MeetingDay.AddDays(3));

        (await _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId))).Frozen.Should().BeTrue("3 days after the meeting the papers are still open");
        (await _app.SendAs(Personas.PanelChair, new GetDecision.Query(decisionId))).Id.Should().Be(decisionId);

        _app.Clock.SetUtcNow(Panel.MeetingDay.AddDays(4));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(_panel.PanelId, _panel.CaseId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, new GetDecision.Query(decisionId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, new GetDecisionPanelPack.Query(decisionId))).Should().ThrowAsync<NotFoundException>();
        var meeting = await _app.SendAs(Personas.PanelHealth, new GetPanelMeeting.Query(_panel.PanelId));
        meeting.Agenda.Should().BeEmpty();
        meeting.Withheld.Should().ContainSingle().Which.Because.Should().Be(GetPanelMeeting.WithheldBecause.PapersClosed);
        (await _app.SendAs(Personas.SendOfficer, new GetDecision.Query(decisionId))).Id.Should().Be(decisionId, "the case's own officers keep it");
    }

    [Test]
    public async Task A_member_reads_the_decision_and_what_the_panel_saw_but_not_the_cases_audit_history()
    {
        var decisionId = await SignedOffDecisionAsync();

        (await _app.SendAs(Personas.PanelHealth, new GetDecision.Query(decisionId))).PlacementRequestId.Should().Be(_panel.CaseId);
        (await _app.SendAs(Personas.PanelHealth, new GetDecisionPanelPack.Query(decisionId))).Intact.Should().BeTrue();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new GetDecisionHistory.Query(decisionId))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_finds_nothing_of_the_case_exactly_as_for_one_that_does_not_exist()
    {
        var decisionId = await SignedOffDecisionAsync(conflicted: Personas.PanelSocialCare);
        var unknown = Guid.NewGuid();

        async Task<string> RefusalOf(Func<Task> read) => (await read.Should().ThrowAsync<NotFoundException>()).Which.What;

        foreach (var (real, madeUp) in new (Func<Task> Real, Func<Task> Unknown)[]
        {
            (() => _app.SendAs(Personas.PanelSocialCare, new GetCasePack.Query(_panel.PanelId, _panel.CaseId)), () => _app.SendAs(Personas.PanelSocialCare, new GetCasePack.Query(_panel.PanelId, unknown))),
            (() => _app.SendAs(Personas.PanelSocialCare, new GetDecisionFormDraft.Query(_panel.PanelId, _panel.CaseId)), () => _app.SendAs(Personas.PanelSocialCare, new GetDecisionFormDraft.Query(_panel.PanelId, unknown))),
            (() => _app.SendAs(Personas.PanelSocialCare, new GetDecision.Query(decisionId)), () => _app.SendAs(Personas.PanelSocialCare, new GetDecision.Query(unknown))),
            (() => _app.SendAs(Personas.PanelSocialCare, new GetDecisionPanelPack.Query(decisionId)), () => _app.SendAs(Personas.PanelSocialCare, new GetDecisionPanelPack.Query(unknown))),
            (() => _app.SendAs(Personas.PanelSocialCare, new GetDecisionHistory.Query(decisionId)), () => _app.SendAs(Personas.PanelSocialCare, new GetDecisionHistory.Query(unknown))),
            (() => _app.SendAs(Personas.PanelSocialCare, new RecordAgencyView.Command(_panel.PanelId, _panel.CaseId, "A view.", null)), () => _app.SendAs(Personas.PanelSocialCare, new RecordAgencyView.Command(_panel.PanelId, unknown, "A view.", null))),
        })
        {
            (await RefusalOf(real)).Should().Be(await RefusalOf(madeUp));
        }

        var meeting = await _app.SendAs(Personas.PanelSocialCare, new GetPanelMeeting.Query(_panel.PanelId));
        meeting.Agenda.Should().BeEmpty("the case's views, conflicts, papers and id are withheld from them");
        meeting.Withheld.Should().ContainSingle().Which.Because.Should().Be(GetPanelMeeting.WithheldBecause.ConflictOfInterest);
        (await _app.SendAs(Personas.PanelHealth, new GetDecisionPanelPack.Query(decisionId))).Intact.Should().BeTrue("the other members are not affected");
    }

    [Test]
    public async Task A_panel_member_cannot_find_a_case_that_is_on_none_of_their_panels()
    {
        var otherPanel = (await _app.SendAs(Personas.SendOfficer, Panel.Meeting(Panel.MeetingDate.AddDays(7)))).Id;
        await _panel.HoldMeetingAsync();

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new GetCasePack.Query(otherPanel, _panel.CaseId))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new RecordAgencyView.Command(otherPanel, _panel.CaseId, "A view.", null))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task A_family_cannot_reach_a_panel_meeting()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetPanelMeeting.Query(_panel.PanelId))).Should().ThrowAsync<ForbiddenException>();
    }
}
