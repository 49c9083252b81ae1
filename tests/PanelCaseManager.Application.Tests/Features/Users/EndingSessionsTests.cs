using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Features.Users;

/// <summary>
/// Sessions that can be ended (docs/adr/0135): signing out, closing an account or changing what it may do gives the
/// account a new security stamp, and a session carrying the old one is refused.
/// </summary>
public class EndingSessionsTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>The officer's session as the sign-in builds it: the principal of their account with its stamp now.</summary>
    private async Task<ClaimsPrincipal> SessionOf(Persona persona)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();
        var stamp = await sessions.CurrentStampAsync(new UserId(persona.Id), CancellationToken.None);
        var account = await scope.ServiceProvider.GetRequiredService<PanelDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == new UserId(persona.Id));
        var principal = PanelClaimTypes.PrincipalFor(account, "Test");
        AccountSessions.Stamp(principal, stamp);
        return principal;
    }

    private async Task<SessionEnd> Check(ClaimsPrincipal session)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountSessions>().CheckAsync(session, CancellationToken.None);
    }

    private async Task Change(Persona persona, Role role, string? team, Agency? agency, bool active, string? name = null)
    {
        var version = await _app.Read(db => db.Users.Where(u => u.Id == new UserId(persona.Id)).Select(u => u.Version).SingleAsync());
        await _app.SendAs(Personas.Administrator, new UpdateUser.Command(persona.Id, name ?? persona.DisplayName, persona.Email, role, team, agency, active, version));
    }

    [Test]
    public async Task A_session_begun_now_is_let_in()
    {
        (await Check(await SessionOf(Personas.SendOfficer))).Should().Be(SessionEnd.NotEnded);
    }

    [Test]
    public async Task Signing_out_ends_every_session_of_the_account_and_is_audited()
    {
        var thisBrowser = await SessionOf(Personas.SendOfficer);
        var anotherBrowser = await SessionOf(Personas.SendOfficer);
        var colleague = await SessionOf(Personas.TeamManager);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));

        await _app.SendAs(Personas.SendOfficer, new SignOutEverywhere.Command());

        (await Check(thisBrowser)).Should().Be(SessionEnd.StampChanged);
        (await Check(anotherBrowser)).Should().Be(SessionEnd.StampChanged);
        (await Check(colleague)).Should().Be(SessionEnd.NotEnded, "only the account that signed out is signed out");
        (await Check(await SessionOf(Personas.SendOfficer))).Should().Be(SessionEnd.NotEnded, "signing in again begins a new session");
        var stamp = await _app.Read(db => db.SessionStamps.SingleAsync(s => s.UserId == new UserId(Personas.SendOfficer.Id)));
        stamp.EndedAt.Should().Be(_app.Clock.GetUtcNow());
        (await _app.Read(db => db.AuditEvents.AnyAsync(e => e.UserId == Personas.SendOfficer.Id && e.Action == "SignOutEverywhere.Command")))
            .Should().BeTrue();
    }

    [Test]
    public async Task Closing_an_account_ends_its_sessions()
    {
        var session = await SessionOf(Personas.SendOfficer);

        await Change(Personas.SendOfficer, Role.SendOfficer, "North", null, active: false);

        (await Check(session)).Should().Be(SessionEnd.AccountClosed);
    }

    [Test]
    public async Task Changing_the_role_ends_the_sessions_that_carry_the_old_one()
    {
        var session = await SessionOf(Personas.SendOfficer);

        await Change(Personas.SendOfficer, Role.Auditor, null, null, active: true);

        (await Check(session)).Should().Be(SessionEnd.StampChanged);
        var fresh = await SessionOf(Personas.SendOfficer);
        fresh.FindFirst(PanelClaimTypes.Role)!.Value.Should().Be("Auditor");
        (await Check(fresh)).Should().Be(SessionEnd.NotEnded);
    }

    [Test]
    public async Task Moving_to_another_team_ends_the_sessions()
    {
        var session = await SessionOf(Personas.SendOfficer);

        await Change(Personas.SendOfficer, Role.SendOfficer, "South", null, active: true);

        (await Check(session)).Should().Be(SessionEnd.StampChanged);
    }

    [Test]
    public async Task A_new_name_leaves_the_sessions_running()
    {
        var session = await SessionOf(Personas.SendOfficer);

        await Change(Personas.SendOfficer, Role.SendOfficer, "North", null, active: true, name: "Amira Khan-Shah");

        (await Check(session)).Should().Be(SessionEnd.NotEnded);
    }

    [Test]
    public async Task A_session_without_a_stamp_or_of_an_unknown_account_is_refused()
    {
        var unstamped = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PanelClaimTypes.Subject, Personas.SendOfficer.Id)], "Test"));
        var stranger = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PanelClaimTypes.Subject, "stranger")], "Test"));
        AccountSessions.Stamp(stranger, SessionStamp.Initial);

        (await Check(unstamped)).Should().Be(SessionEnd.NoStamp);
        (await Check(stranger)).Should().Be(SessionEnd.NoAccount);
    }

    [Test]
    public async Task Another_instance_notices_within_the_configured_check_time()
    {
        // A second instance of the application on the same database, with its own memory of accounts.
        await using var other = new ApplicationHarness(_app.Database, _app.Clock, new Dictionary<string, string?> { ["Sessions:AccountCheckSeconds"] = "30" });
        var session = await SessionOf(Personas.SendOfficer);
        await using (var scope = other.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AccountSessions>().CheckAsync(session, CancellationToken.None)).Should().Be(SessionEnd.NotEnded);
        }

        await Change(Personas.SendOfficer, Role.SendOfficer, "North", null, active: false);
        _app.Clock.Advance(TimeSpan.FromSeconds(31));

        await using (var scope = other.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AccountSessions>().CheckAsync(session, CancellationToken.None)).Should().Be(SessionEnd.AccountClosed);
        }
    }

    [Test]
    public async Task A_request_that_reads_the_account_while_its_sessions_are_being_ended_does_not_keep_the_old_stamp()
    {
        await using var app = new ApplicationHarness(_app.Database, _app.Clock, new Dictionary<string, string?> { ["Sessions:AccountCheckSeconds"] = "30" });
        var session = await SessionOf(Personas.SendOfficer);
        await using var ending = app.Services.CreateAsyncScope();
        await ending.ServiceProvider.GetRequiredService<AccountSessions>().EndSessionsAsync(new UserId(Personas.SendOfficer.Id), CancellationToken.None);

        // Another request on the same instance, before the new stamp is committed: it reads (and remembers) the old one.
        await using (var meanwhile = app.Services.CreateAsyncScope())
        {
            (await meanwhile.ServiceProvider.GetRequiredService<AccountSessions>().CheckAsync(session, CancellationToken.None)).Should().Be(SessionEnd.NotEnded);
        }

        await ending.ServiceProvider.GetRequiredService<PanelDbContext>().SaveChangesAsync();
        ending.ServiceProvider.GetRequiredService<AfterCommit>().Run();

        await using var next = app.Services.CreateAsyncScope();
        (await next.ServiceProvider.GetRequiredService<AccountSessions>().CheckAsync(session, CancellationToken.None))
            .Should().Be(SessionEnd.StampChanged, "what the instance remembered is dropped once the new stamp is committed");
    }

    [Test]
    public async Task A_token_from_the_identity_provider_issued_before_the_sessions_ended_is_refused()
    {
        var signedOutAt = _app.Clock.GetUtcNow();
        await _app.SendAs(Personas.SendOfficer, new SignOutEverywhere.Command());
        await using var scope = _app.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();
        var officer = new UserId(Personas.SendOfficer.Id);

        (await sessions.IssuedBeforeSessionsEndedAsync(officer, signedOutAt.AddMinutes(-10), CancellationToken.None)).Should().BeTrue();
        (await sessions.IssuedBeforeSessionsEndedAsync(officer, signedOutAt.AddSeconds(1), CancellationToken.None)).Should().BeFalse();
        (await sessions.IssuedBeforeSessionsEndedAsync(new UserId(Personas.TeamManager.Id), signedOutAt.AddMinutes(-10), CancellationToken.None))
            .Should().BeFalse("the manager's sessions were never ended");
    }

    [Test]
    public async Task The_check_time_cannot_be_configured_beyond_a_minute()
    {
        await using var app = new ApplicationHarness(new Dictionary<string, string?> { ["Sessions:AccountCheckSeconds"] = "120" });

        var act = () => app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SessionOptions>>().Value;

        act.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*within a minute*");
    }
}
