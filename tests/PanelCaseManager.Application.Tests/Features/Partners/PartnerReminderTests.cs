using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Partners;

/// <summary>Partners are reminded through the outbox when a request is due soon and when it is overdue, exactly once each.</summary>
public class PartnerReminderTests
{
    private ApplicationHarness _app = null!;
    private AskPartner.Result _asked = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        var caseId = (await _app.SendAs(Personas.SendOfficer, A.PlacementRequest())).Id;
        var adviceId = (await _app.SendAs(Personas.SendOfficer, Panel.Advice(caseId, Agency.EducationalPsychology))).Id;
        _asked = await _app.SendAs(Personas.SendOfficer, new AskPartner.Command(caseId, adviceId, null, Personas.PartnerPsychologist.Id, [SharedSection.Needs], []));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<SweepSummary> Sweep() => _app.Services.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);

    private Task<List<string>> KindsSentTo(Persona persona) =>
        _app.Read(db => db.Notifications.Where(n => n.RecipientId == new UserId(persona.Id)).OrderBy(n => n.CreatedAt).Select(n => n.Kind).ToListAsync());

    private void MoveTo(DateOnly day) => _app.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    [Test]
    public async Task Due_soon_five_days_before_and_overdue_the_day_after_each_once_however_often_the_sweep_runs()
    {
        // Asked seven days before today, due six weeks after: 35 days from today (reg. 8).
        _asked.DueOn.Should().Be(TestClock.Today.AddDays(35));

        MoveTo(_asked.DueOn.AddDays(-6));
        await Sweep();
        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting);

        MoveTo(_asked.DueOn.AddDays(-5));
        await Sweep();
        await Sweep();
        MoveTo(_asked.DueOn);
        await Sweep();
        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting, PartnerNotifications.DueSoon);

        MoveTo(_asked.DueOn.AddDays(1));
        await Sweep();
        await Sweep();
        MoveTo(_asked.DueOn.AddDays(10));
        await Sweep();
        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting, PartnerNotifications.DueSoon, PartnerNotifications.Overdue);

        var overdue = await _app.Read(db => db.Notifications.SingleAsync(n => n.Kind == PartnerNotifications.Overdue));
        overdue.Link.Should().Be($"/partner/requests/{_asked.Id}");
        (overdue.Subject + overdue.Body).Should().NotContain(A.Child().FamilyName).And.NotContain(A.Child().GivenName);
    }

    [Test]
    public async Task A_request_first_seen_overdue_is_reminded_once_as_overdue_only()
    {
        MoveTo(_asked.DueOn.AddDays(3));
        await Sweep();

        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting, PartnerNotifications.Overdue);
    }

    [Test]
    public async Task An_answered_or_declined_request_is_not_reminded()
    {
        await _app.SendAs(Personas.PartnerPsychologist, new DeclinePartnerRequest.Command(_asked.Id, 0, "Not known to our service."));
        MoveTo(_asked.DueOn.AddDays(1));
        await Sweep();

        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting);
    }

    [Test]
    public async Task When_the_partners_account_is_closed_the_officer_who_shared_it_hears_once_instead()
    {
        await _app.SendAs(Personas.Administrator, new ClosePartner.Command(Personas.PartnerPsychologist.Id, "Left the service.", 0));
        MoveTo(_asked.DueOn.AddDays(1));
        await Sweep();
        await Sweep();

        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting);
        (await KindsSentTo(Personas.SendOfficer)).Count(k => k == PartnerNotifications.Overdue).Should().Be(1);
    }

    [Test]
    public async Task The_due_soon_days_come_from_configuration()
    {
        await using var configured = new ApplicationHarness(_app.Database, _app.Clock, new Dictionary<string, string?> { ["Partners:DueSoonDays"] = "10" });
        MoveTo(_asked.DueOn.AddDays(-10));
        await configured.Services.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);

        (await KindsSentTo(Personas.PartnerPsychologist)).Should().Equal(PartnerNotifications.Waiting, PartnerNotifications.DueSoon);
    }
}
