using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Features.PlacementRequests;

public class ListCaseOfficersTests
{
    [Test]
    public async Task Lists_the_officers_and_managers_who_can_hold_cases_by_name()
    {
        await using var app = new ApplicationHarness();

        var officers = await app.SendAs(Personas.Auditor, new ListCaseOfficers.Query());

        officers.Select(o => o.Id).Should().Equal(Personas.SendOfficer.Id, Personas.TeamManager.Id, Personas.SecondSendOfficer.Id);
    }

    [Test]
    public async Task An_officer_lists_their_own_teams_officers_and_a_panel_chair_who_holds_no_caseload_none()
    {
        await using var app = new ApplicationHarness();

        (await app.SendAs(Personas.TeamManager, new ListCaseOfficers.Query())).Select(o => o.Id).Should().Equal(Personas.SendOfficer.Id, Personas.TeamManager.Id);
        (await app.SendAs(Personas.PanelChair, new ListCaseOfficers.Query())).Should().BeEmpty();
    }

    [Test]
    public async Task A_family_member_may_not_list_staff()
    {
        await using var app = new ApplicationHarness();

        var act = () => app.SendAs(Personas.Family, new ListCaseOfficers.Query());

        await act.Should().ThrowAsync<ForbiddenException>();
    }
}
