using System.Security.Claims;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Security;

public class AccountTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task Send(params Claim[] claims)
    {
        await using var scope = _app.ScopeAs(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", PanelClaimTypes.Name, PanelClaimTypes.Role)));
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListPlacementRequests.Query(null, null, null, null, null, null, null));
    }

    [Test]
    public async Task A_signed_in_user_the_service_does_not_know_is_refused_even_with_a_valid_role()
    {
        var act = () => Send(new Claim(PanelClaimTypes.Subject, "stranger"), new Claim(PanelClaimTypes.Role, "Auditor"));

        (await act.Should().ThrowAsync<ForbiddenException>()).Which.Message.Should().Contain("not set up");
    }

    [Test]
    public async Task A_role_the_service_does_not_know_is_refused()
    {
        var act = () => Send(new Claim(PanelClaimTypes.Subject, "auditor"), new Claim(PanelClaimTypes.Role, "SuperUser"));

        await act.Should().ThrowAsync<ForbiddenException>();
    }
}
