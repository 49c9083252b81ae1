using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Security;

/// <summary>
/// An officer of the South team and the North team's cases: whatever id or name they put in a request, they learn
/// nothing of the North's children (docs/adr/0185).
/// </summary>
public class TeamScopeTests
{
    private const string NorthUpn = "K919200115001";

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;
    private Guid _northChild;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _panel = await PanelScenario.CaseOnAgendaAsync(_app, A.PlacementRequest() with { Child = A.Child() with { Upn = NorthUpn } });
        _northChild = await _app.Read(db => db.PlacementRequests.Where(p => p.Id == new PlacementRequestId(_panel.CaseId)).Select(p => p.ChildId.Value).SingleAsync());
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static SubmitPlacementRequest.Command SouthRequest() => A.PlacementRequest() with { AssignedOfficerId = Personas.SecondSendOfficer.Id };

    [Test]
    public async Task A_request_naming_another_teams_child_is_not_found_exactly_as_an_unknown_child_and_writes_nothing()
    {
        var known = () => _app.SendAs(Personas.SecondSendOfficer, SouthRequest() with { Child = null, ChildId = _northChild });
        var unknown = () => _app.SendAs(Personas.SecondSendOfficer, SouthRequest() with { Child = null, ChildId = Guid.NewGuid() });

        var refusal = (await known.Should().ThrowAsync<NotFoundException>()).Which;
        (await unknown.Should().ThrowAsync<NotFoundException>()).Which.What.Should().Be(refusal.What);
        (await _app.Read(db => db.PlacementRequests.CountAsync())).Should().Be(1);
        (await _app.SendAs(Personas.SendOfficer, SouthRequest() with { Child = null, ChildId = _northChild, AssignedOfficerId = Personas.SendOfficer.Id }))
            .Reference.Should().NotBeNull("the North's own officer may log another request for the child");
    }

    [Test]
    public async Task A_case_may_be_assigned_only_to_an_officer_of_the_callers_team_and_the_refusal_does_not_say_whether_the_officer_exists()
    {
        var otherTeam = () => _app.SendAs(Personas.SecondSendOfficer, A.PlacementRequest() with { AssignedOfficerId = Personas.SendOfficer.Id });
        var nobody = () => _app.SendAs(Personas.SecondSendOfficer, A.PlacementRequest() with { AssignedOfficerId = "nobody-at-all" });

        var refusal = (await otherTeam.Should().ThrowAsync<RequestValidationException>()).Which.Errors["assignedOfficerId"];
        (await nobody.Should().ThrowAsync<RequestValidationException>()).Which.Errors["assignedOfficerId"].Should().Equal(refusal);
        (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { AssignedOfficerId = Personas.TeamManager.Id })).Id.Should().NotBeEmpty("a manager of the officer's own team may hold the case");
    }

    [Test]
    public async Task The_duplicate_upn_check_looks_only_at_the_children_the_officer_may_see()
    {
        var south = await _app.SendAs(Personas.SecondSendOfficer, SouthRequest() with { Child = A.Child() with { Upn = NorthUpn } });

        var southCase = await _app.SendAs(Personas.SecondSendOfficer, new GetPlacementRequest.Query(south.Id));
        southCase.Child.Id.Should().NotBe(_northChild, "the South registers its own record and is never shown the North's");
        southCase.Child.Upn.Should().Be(NorthUpn);
        var again = () => _app.SendAs(Personas.SecondSendOfficer, SouthRequest() with { Child = A.Child() with { Upn = NorthUpn } });
        (await again.Should().ThrowAsync<RequestValidationException>()).Which.Errors.Should().ContainKey("child.upn");
    }

    [Test]
    public async Task The_officers_to_assign_to_are_the_callers_team()
    {
        (await _app.SendAs(Personas.SecondSendOfficer, new ListCaseOfficers.Query())).Select(o => o.Id).Should().Equal(Personas.SecondSendOfficer.Id);
        (await _app.SendAs(Personas.SendOfficer, new ListCaseOfficers.Query())).Select(o => o.Id).Should().BeEquivalentTo([Personas.SendOfficer.Id, Personas.TeamManager.Id]);
    }

    [Test]
    public async Task A_meeting_shows_another_teams_case_by_its_reference_only()
    {
        await _panel.HoldMeetingAsync();
        await _panel.ViewsAsync(_panel.CaseId, Panel.Members);

        var south = await _app.SendAs(Personas.SecondSendOfficer, new GetPanelMeeting.Query(_panel.PanelId));
        var north = await _app.SendAs(Personas.SendOfficer, new GetPanelMeeting.Query(_panel.PanelId));

        var entry = north.Agenda.Should().ContainSingle().Subject;
        entry.Views.Should().HaveCount(Panel.Members.Length);
        south.Agenda.Should().BeEmpty("no views, conflicts, late reasons, papers or ids of the North's case");
        south.Withheld.Should().Equal(new GetPanelMeeting.WithheldEntry(1, entry.Reference, GetPanelMeeting.WithheldBecause.NotYourCase));
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SecondSendOfficer, new GetCasePack.Query(_panel.PanelId, _panel.CaseId))).Should().ThrowAsync<NotFoundException>();
    }

    [Test]
    public async Task Another_teams_case_cannot_be_put_on_an_agenda()
    {
        var meeting = await _app.SendAs(Personas.SecondSendOfficer, Panel.Meeting(Panel.MeetingDate.AddDays(7)));

        var act = () => _app.SendAs(Personas.SecondSendOfficer, new AddToAgenda.Command(meeting.Id, _panel.CaseId, meeting.Version, null));

        await act.Should().ThrowAsync<NotFoundException>();
    }
}
