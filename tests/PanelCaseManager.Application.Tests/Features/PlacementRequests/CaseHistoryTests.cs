using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

public class CaseHistoryTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task Every_event_on_a_case_is_in_its_timeline_in_order_with_who_did_it()
    {
        var panel = await PanelScenario.CaseOnAgendaAsync(_app);
        _app.Clock.SetUtcNow(Panel.CutOff.AddHours(1));
        await _app.SendAs(Personas.SendOfficer, Panel.ChildsVoice(panel.CaseId));
        await panel.HoldMeetingAsync();
        await _app.SendAs(Personas.PanelHealth, new Application.Features.Panels.DeclareConflict.Command(panel.PanelId, panel.CaseId, null, "Family friend."));
        await _app.SendAs(Personas.PanelChair, new Application.Features.Panels.RecordAttendance.Command(panel.PanelId, await panel.MeetingVersionAsync(),
            [Personas.PanelChair.Id, .. Panel.Members.Select(m => m.Id)]));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await panel.ViewsAsync(panel.CaseId, [Personas.PanelEducation, Personas.PanelSocialCare, Personas.PanelPsychologist]);

        var timeline = await _app.SendAs(Personas.Auditor, new GetCaseHistory.Query(panel.CaseId));

        timeline.Reference.Should().StartWith("PR-2026-");
        // The papers freeze and the child's views are recorded in one command, at one instant: their order between themselves is not asserted.
        timeline.Entries.Select(e => e.Kind).Should().ContainInOrder(
            "submitted", "stage-changed", CaseEventKinds.EvidenceAdded, "stage-changed", CaseEventKinds.AddedToAgenda,
            CaseEventKinds.PapersFrozen, CaseEventKinds.AttendanceRecorded, CaseEventKinds.ConflictDeclared);
        timeline.Entries.Select(e => e.Kind).Should().ContainInOrder(CaseEventKinds.ViewsRecorded, CaseEventKinds.AttendanceRecorded);
        timeline.Entries.Should().Contain(e => e.Kind == CaseEventKinds.AgencyViewRecorded && e.ActorName == Personas.PanelSocialCare.DisplayName);
        timeline.Entries.Where(e => e.Kind == CaseEventKinds.PapersFrozen).Should().ContainSingle().Which.Description.Should().Contain("before a change made after the cut-off");
        timeline.Entries.Should().OnlyContain(e => !string.IsNullOrEmpty(e.ActorName));
        timeline.Entries.Select(e => e.At).Should().BeInAscendingOrder();
    }

    [Test]
    public async Task The_history_of_an_unknown_case_is_not_found()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Auditor, new GetCaseHistory.Query(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task A_family_member_cannot_read_the_history_through_the_staff_query()
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetCaseHistory.Query(submitted.Id))).Should().ThrowAsync<ForbiddenException>();
    }
}
