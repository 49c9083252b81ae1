using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Panels;

public class CasePanelsTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task A_case_on_an_agenda_shows_the_meeting_and_that_it_waits_for_a_decision()
    {
        var panel = await PanelScenario.CaseOnAgendaAsync(_app);

        var result = await _app.SendAs(Personas.SendOfficer, new GetCasePanels.Query(panel.CaseId));

        var meeting = result.Meetings.Should().ContainSingle().Subject;
        meeting.PanelId.Should().Be(panel.PanelId);
        meeting.MeetingDate.Should().Be(Panel.MeetingDate);
        meeting.Position.Should().Be(1);
        meeting.PapersFrozenAt.Should().BeNull("the cut-off has not passed");
        result.Undecided.Should().Be(meeting);
        result.Decisions.Should().BeEmpty();
        result.Standing.Should().BeNull();
    }

    [Test]
    public async Task A_signed_off_decision_stands_and_its_correction_replaces_it()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        var first = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId));
        await panel.SignOffAsync();
        var correction = await panel.DecideAsync(Panel.AgreeFirstPreference(panel.PanelId, panel.CaseId, panel.EvidenceId) with
        {
            Reasons = "Brookside can meet the child's needs; the reasons are corrected to name the EP's advice of 17 November.",
            SupersedesDecisionId = first.DecisionId,
            SupersedeReason = "The reasons named the wrong report.",
        });

        var beforeSignOff = await _app.SendAs(Personas.SendOfficer, new GetCasePanels.Query(panel.CaseId));
        beforeSignOff.Standing!.Id.Should().Be(first.DecisionId, "a correction stands only once signed off");
        beforeSignOff.Meetings.Single().DraftDecisionId.Should().Be(correction.DecisionId);

        await panel.SignOffAsync();
        var after = await _app.SendAs(Personas.SendOfficer, new GetCasePanels.Query(panel.CaseId));

        after.Decisions.Select(d => (d.Id, d.Stands)).Should().Equal((first.DecisionId, false), (correction.DecisionId, true));
        after.Standing!.SupersedesDecisionId.Should().Be(first.DecisionId);
        after.Meetings.Single().DecisionId.Should().Be(correction.DecisionId);
        after.Meetings.Single().PapersFrozenAt.Should().NotBeNull();
        after.Undecided.Should().BeNull();
    }

    [Test]
    public async Task A_panel_member_cannot_find_the_panels_of_a_case_that_is_not_on_their_agenda()
    {
        var elsewhere = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelHealth, new GetCasePanels.Query(elsewhere.Id))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Panel_members_see_only_the_meetings_they_sit_on_and_officers_see_every_meeting()
    {
        var theirs = await _app.SendAs(Personas.SendOfficer, Panel.Meeting());
        var second = await _app.SendAs(Personas.SendOfficer, Panel.Meeting(Panel.MeetingDate.AddDays(7)) with
        {
            Title = "South locality panel",
        });
        var from = Panel.MeetingDate.AddDays(-1);
        var to = Panel.MeetingDate.AddDays(30);

        var officer = await _app.SendAs(Personas.SendOfficer, new ListPanelMeetings.Query(from, to));
        var chair = await _app.SendAs(Personas.PanelChair, new ListPanelMeetings.Query(from, to));

        officer.Select(m => m.Id).Should().Equal(theirs.Id, second.Id);
        officer[0].ChairName.Should().Be(Personas.PanelChair.DisplayName);
        officer[0].Location.Should().Be("Council offices, Room 2");
        chair.Select(m => m.Id).Should().Equal(theirs.Id, second.Id);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // A member who sits on neither meeting sees none of them.
            var db = scope.ServiceProvider.GetRequiredService<Application.Persistence.PanelDbContext>();
            db.Users.Add(UserAccount.Create(new UserId("panel-health-2"), "Dr Sam Okoro", "sam.okoro@example.nhs.uk", Role.PanelMember, null, Agency.Health));
            await db.SaveChangesAsync();
        }

        var outsider = await _app.SendAs(new Persona("panel-health-2", "Dr Sam Okoro", "sam.okoro@example.nhs.uk", Role.PanelMember, null, Agency.Health), new ListPanelMeetings.Query(from, to));
        outsider.Should().BeEmpty();
    }

    [Test]
    public async Task The_panel_members_to_choose_from_are_the_active_chairs_and_members_with_their_agencies()
    {
        var members = await _app.SendAs(Personas.SendOfficer, new ListPanelMembers.Query());

        members[0].Should().Be(new ListPanelMembers.Member(Personas.PanelChair.Id, Personas.PanelChair.DisplayName, Agency.Education, Role.PanelChair));
        members.Select(m => m.Id).Should().BeEquivalentTo([Personas.PanelChair.Id, .. Panel.Members.Select(m => m.Id)]);
        await FluentActions.Awaiting(() => _app.SendAs(Personas.PanelEducation, new ListPanelMembers.Query())).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task A_member_who_declared_a_conflict_sees_that_case_on_the_agenda_by_its_reference_only()
    {
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.PanelSocialCare, new DeclareConflict.Command(panel.PanelId, panel.CaseId, null, "I know the family."));

        var conflicted = await _app.SendAs(Personas.PanelSocialCare, new GetPanelMeeting.Query(panel.PanelId));
        var other = await _app.SendAs(Personas.PanelHealth, new GetPanelMeeting.Query(panel.PanelId));

        var entry = other.Agenda.Single();
        entry.Views.Should().HaveCount(Panel.Members.Length);
        other.Withheld.Should().BeEmpty();
        conflicted.Agenda.Should().BeEmpty("neither its views, its conflicts, its papers nor its id are shown to them");
        conflicted.Withheld.Should().Equal(new GetPanelMeeting.WithheldEntry(1, entry.Reference, GetPanelMeeting.WithheldBecause.ConflictOfInterest));
    }
}
