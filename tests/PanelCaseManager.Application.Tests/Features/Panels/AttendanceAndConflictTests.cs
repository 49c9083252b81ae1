using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class AttendanceAndConflictTests
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
    public async Task The_chair_records_attendance_and_sees_the_quorum_for_each_case()
    {
        var result = await _panel.HoldMeetingAsync();

        result.Present.Should().Be(5);
        result.Quorate.Should().BeTrue();
        result.Cases.Should().ContainSingle().Which.Quorate.Should().BeTrue();
        (await _app.Read(db => db.CasePacks.CountAsync())).Should().Be(1, "the papers are frozen when the panel begins");
    }

    [Test]
    public async Task Attendance_without_an_agency_shows_the_panel_is_not_quorate()
    {
        var result = await _panel.HoldMeetingAsync(Personas.PanelChair, Personas.PanelEducation, Personas.PanelHealth, Personas.PanelSocialCare);

        result.Quorate.Should().BeFalse();
        result.Quorum.Should().Contain("no educational psychology member");
    }

    [Test]
    public async Task Only_the_chair_records_attendance()
    {
        _app.Clock.SetUtcNow(Panel.MeetingDay);
        var command = new RecordAttendance.Command(_panel.PanelId, await _panel.MeetingVersionAsync(), [Personas.PanelChair.Id, .. Panel.Members.Select(m => m.Id)]);

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelEducation, command)).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task Attendance_is_recorded_on_the_day_of_the_meeting_not_before()
    {
        var command = new RecordAttendance.Command(_panel.PanelId, await _panel.MeetingVersionAsync(), [Personas.PanelChair.Id, .. Panel.Members.Select(m => m.Id)]);

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, command)).Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("attendance-before-meeting");
    }

    [Test]
    public async Task Someone_not_on_the_panel_cannot_be_recorded_as_present()
    {
        _app.Clock.SetUtcNow(Panel.MeetingDay);
        var command = new RecordAttendance.Command(_panel.PanelId, await _panel.MeetingVersionAsync(), [Personas.PanelChair.Id, Personas.SendOfficer.Id]);

        (await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, command)).Should().ThrowAsync<DomainRuleException>()).Which.Code.Should().Be("not-a-member");
    }

    [Test]
    public async Task A_conflicted_member_is_left_out_of_the_quorum_for_that_case()
    {
        await _panel.HoldMeetingAsync();

        var declared = await _app.SendAs(Personas.PanelPsychologist, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "I assessed the child privately last year."));

        declared.StillQuorate.Should().BeFalse();
        declared.Quorum.Should().Contain("no educational psychology member");
        var meeting = await _app.SendAs(Personas.PanelChair, new GetPanelMeeting.Query(_panel.PanelId));
        meeting.Agenda.Single().Conflicts.Should().ContainSingle().Which.Name.Should().Be(Personas.PanelPsychologist.DisplayName);
    }

    [Test]
    public async Task A_conflicted_member_cannot_give_a_view_for_them_the_case_is_not_found()
    {
        await _panel.HoldMeetingAsync();
        await _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "Family friend."));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new RecordAgencyView.Command(_panel.PanelId, _panel.CaseId, "Supports the preference.", null)))
            .Should().ThrowAsync<NotFoundException>();

        (await _app.Read(db => db.AgencyViews.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task A_view_given_before_a_conflict_is_declared_is_not_counted_in_the_decision()
    {
        await _panel.HoldMeetingAsync();
        await _panel.ViewsAsync(_panel.CaseId, Panel.Members);
        await _app.SendAs(Personas.PanelChair, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, Personas.PanelHealth.Id, "The health member is the child's consultant."));

        var refusal = await FluentActions.Awaiting(() => _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId)))
            .Should().ThrowAsync<DomainRuleException>();

        refusal.Which.Code.Should().Be("no-quorum");
    }

    [Test]
    public async Task A_member_declares_only_their_own_conflict_unless_the_chair_records_it()
    {
        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, Personas.PanelEducation.Id, "I think he knows them.")))
            .Should().ThrowAsync<DomainPermissionException>();

        refusal.Which.Code.Should().Be("declare-for-yourself");
    }

    [Test]
    public async Task A_conflict_needs_its_reason_and_is_declared_once()
    {
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, " "))).Should().ThrowAsync<RequestValidationException>())
            .Which.Errors.Should().ContainKey("reason");
        await _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "Family friend."));
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, null, "Family friend.")))
            .Should().ThrowAsync<NotFoundException>("a member who declared a conflict takes no part in the case");
        (await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelChair, new DeclareConflict.Command(_panel.PanelId, _panel.CaseId, Personas.PanelHealth.Id, "Family friend."))).Should().ThrowAsync<DomainRuleException>())
            .Which.Code.Should().Be("conflict-already-declared");
    }

    [Test]
    public async Task A_member_not_present_cannot_give_a_view()
    {
        await _panel.HoldMeetingAsync(Personas.PanelChair, Personas.PanelEducation, Personas.PanelSocialCare, Personas.PanelPsychologist);

        var refusal = await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new RecordAgencyView.Command(_panel.PanelId, _panel.CaseId, "Supports.", null)))
            .Should().ThrowAsync<DomainPermissionException>();

        refusal.Which.Code.Should().Be("member-not-present");
    }

    [Test]
    public async Task A_member_changing_their_view_records_it_again_and_the_latest_counts()
    {
        await _panel.HoldMeetingAsync();
        await _panel.ViewsAsync(_panel.CaseId, Panel.Members);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await _app.SendAs(Personas.PanelHealth, new RecordAgencyView.Command(_panel.PanelId, _panel.CaseId, "Having heard the EP, health now supports the SRP.", DecisionOutcome.NameAnotherSetting));

        var draft = await _panel.DecideAsync(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));

        var decision = await _app.SendAs(Personas.Auditor, new GetDecision.Query(draft.DecisionId));
        decision.AgencyViews.Should().HaveCount(4);
        decision.AgencyViews.Single(v => v.Agency == Domain.Users.Agency.Health).Summary.Should().StartWith("Having heard the EP");
        (await _app.Read(db => db.AgencyViews.CountAsync())).Should().Be(5, "the earlier view is kept, not overwritten");
    }
}
