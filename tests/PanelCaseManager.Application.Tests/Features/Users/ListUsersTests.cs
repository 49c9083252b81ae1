using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Features.Users;

public class ListUsersTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task The_panel_members_list_holds_the_chairs_and_members_each_with_their_agency_and_nobody_else()
    {
        var panel = await _app.SendAs(Personas.Administrator, new ListUsers.Query(null, PanelMembers: true));

        panel.Select(u => u.Id).Should().Contain([Personas.PanelChair.Id, Personas.PanelEducation.Id, Personas.PanelHealth.Id])
            .And.NotContain([Personas.SendOfficer.Id, Personas.Family.Id, Personas.Administrator.Id]);
        panel.Should().OnlyContain(u => (u.Role == Role.PanelMember || u.Role == Role.PanelChair) && u.Agency != null);
        panel.Single(u => u.Id == Personas.PanelHealth.Id).Agency.Should().Be(Agency.Health);
    }

    [Test]
    public async Task Asking_for_panel_members_with_a_role_gives_only_that_role_of_the_panel()
    {
        var chairs = await _app.SendAs(Personas.Administrator, new ListUsers.Query(Role.PanelChair, PanelMembers: true));

        chairs.Should().NotBeEmpty().And.OnlyContain(u => u.Role == Role.PanelChair);
    }
}
