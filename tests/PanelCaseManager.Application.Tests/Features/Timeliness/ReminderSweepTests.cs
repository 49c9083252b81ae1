using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Timeliness;

public class ReminderSweepTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness();

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private static async Task<SweepSummary> Sweep(ApplicationHarness app) =>
        await app.Services.GetRequiredService<ReminderSweepJob>().RunAsync(CancellationToken.None);

    private Task<List<(string Step, DateOnly Due)>> Deliveries(MilestoneKind kind) => _app.Read(async db =>
        (await (from r in db.ReminderDeliveries
                join m in db.CaseMilestones on r.MilestoneId equals m.Id
                where m.Kind == kind
                orderby r.SentAt, r.Step
                select new { r.Step, r.DueDate }).ToListAsync())
        .Select(r => (r.Step, r.DueDate)).ToList());

    private void MoveTo(DateOnly date) => _app.Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));

    [Test]
    public async Task Each_threshold_is_announced_once_as_the_clock_crosses_it_then_overdue_escalates_to_the_team_manager()
    {
        var received = TestClock.Today.AddDays(-10);
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = received });
        var due = received.AddDays(42);

        MoveTo(due.AddDays(-11));
        await Sweep(_app);
        (await Deliveries(MilestoneKind.DecisionToAssess)).Should().BeEmpty("11 days before, nothing is due");

        var expected = new List<(string, DateOnly)>();
        foreach (var (day, step) in new[] { (due.AddDays(-10), "due-in-10"), (due.AddDays(-5), "due-in-5"), (due, "due-today") })
        {
            MoveTo(day);
            await Sweep(_app);
            await Sweep(_app);
            expected.Add((step, due));
            (await Deliveries(MilestoneKind.DecisionToAssess)).Should().Equal(expected);
        }

        MoveTo(due.AddDays(1));
        await Sweep(_app);
        MoveTo(due.AddDays(20));
        await Sweep(_app);

        expected.AddRange([("overdue", due), ("overdue-escalation", due)]);
        (await Deliveries(MilestoneKind.DecisionToAssess)).Should().Equal(expected);
        var notifications = await _app.Read(db => db.Notifications.OrderBy(n => n.CreatedAt).ThenBy(n => n.RecipientId).ToListAsync());
        notifications.Select(n => (n.RecipientId.Value, n.Kind)).Should().Equal(
            (Personas.SendOfficer.Id, NotificationKinds.DeadlineReminder),
            (Personas.SendOfficer.Id, NotificationKinds.DeadlineReminder),
            (Personas.SendOfficer.Id, NotificationKinds.DeadlineReminder),
            (Personas.SendOfficer.Id, NotificationKinds.DeadlineOverdue),
            (Personas.TeamManager.Id, NotificationKinds.DeadlineEscalation));
        notifications[0].Subject.Should().Be($"Due in 10 days: Decision whether to assess on {(await _app.Read(db => db.PlacementRequests.SingleAsync())).Reference}");
        notifications[0].Link.Should().Be($"/placement-requests/{submitted.Id}/milestones");
        notifications.Should().OnlyContain(n => !n.Body.Contains("Ffion") && !n.Body.Contains("Llewelyn") && !n.Subject.Contains("Ffion"),
            "notifications carry no more personal data than the case reference");
    }

    [Test]
    public async Task A_deadline_first_seen_late_sends_only_the_most_urgent_step()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-100) });

        await Sweep(_app);

        (await Deliveries(MilestoneKind.DecisionToAssess)).Select(d => d.Step).Should().Equal("overdue", "overdue-escalation");
        (await Deliveries(MilestoneKind.DecisionWhetherToIssue)).Should().BeEmpty("16 weeks after receipt is still 12 days off");
    }

    [Test]
    public async Task A_met_deadline_is_not_chased()
    {
        var received = TestClock.Today.AddDays(-35);
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = received });
        await _app.SendAs(Personas.SendOfficer, new Application.Features.Timeliness.RecordClockEvent.Command(submitted.Id, ClockEventKind.DecidedToAssess, TestClock.Today, null));

        MoveTo(received.AddDays(50));
        await Sweep(_app);

        (await Deliveries(MilestoneKind.DecisionToAssess)).Should().BeEmpty();
    }

    [Test]
    public async Task After_a_restart_a_new_instance_sends_nothing_already_sent()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-100) });
        await using (var before = new ApplicationHarness(_app.Database, _app.Clock))
        {
            await Sweep(before);
        }

        var sent = await _app.Read(db => db.ReminderDeliveries.CountAsync());
        await using var after = new ApplicationHarness(_app.Database, _app.Clock);
        var summary = await Sweep(after);

        sent.Should().BeGreaterThan(0);
        summary.NotificationsWritten.Should().Be(0);
        (await _app.Read(db => db.ReminderDeliveries.CountAsync())).Should().Be(sent);
    }

    [Test]
    public async Task A_sweep_that_fails_part_way_and_is_retried_sends_each_reminder_once()
    {
        for (var i = 0; i < 12; i++)
        {
            await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-100 - i) });
        }

        var failOnce = new FailOnceWhenSendingReminders(afterSaves: 2);
        await using var flaky = new ApplicationHarness(_app.Database, _app.Clock, new Dictionary<string, string?> { ["Reminders:SweepBatchSize"] = "5" },
            services => services.ConfigureDbContext<PanelDbContext>(o => o.AddInterceptors(failOnce)));

        var first = () => Sweep(flaky);
        await first.Should().ThrowAsync<InvalidOperationException>().WithMessage("*injected*");
        var partial = await _app.Read(db => db.ReminderDeliveries.CountAsync());
        partial.Should().BeGreaterThan(0).And.BeLessThan(12 * 4, "the failure came part way through");

        await Sweep(flaky);
        await Sweep(flaky);

        await ShouldHaveSentEachStepOnce(_app, cases: 12);
    }

    [Test]
    public async Task Two_instances_sweeping_one_database_at_the_same_time_send_each_reminder_once()
    {
        const int cases = 40;
        for (var i = 0; i < cases; i++)
        {
            await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-100 - (i % 30)) });
        }

        var small = new Dictionary<string, string?> { ["Reminders:SweepBatchSize"] = "7" };
        await using var first = new ApplicationHarness(_app.Database, _app.Clock, small);
        await using var second = new ApplicationHarness(_app.Database, _app.Clock, small);

        for (var round = 0; round < 3; round++)
        {
            using var start = new Barrier(2);
            var a = Task.Run(async () => { start.SignalAndWait(TimeSpan.FromMinutes(2)); return await Sweep(first); });
            var b = Task.Run(async () => { start.SignalAndWait(TimeSpan.FromMinutes(2)); return await Sweep(second); });
            await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromMinutes(5));
        }

        await ShouldHaveSentEachStepOnce(_app, cases);
    }

    [Test]
    public async Task The_outbox_sender_marks_each_notification_sent_and_logs_no_personal_data()
    {
        await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { ReceivedDate = TestClock.Today.AddDays(-100) });
        await Sweep(_app);
        var written = await _app.Read(db => db.Notifications.CountAsync());

        var sent = await _app.Services.GetRequiredService<NotificationDispatchJob>().RunAsync(CancellationToken.None);
        var again = await _app.Services.GetRequiredService<NotificationDispatchJob>().RunAsync(CancellationToken.None);

        sent.Should().Be(written);
        again.Should().Be(0);
        (await _app.Read(db => db.Notifications.CountAsync(n => n.SentAt == null))).Should().Be(0);
        var lines = _app.Logs.Lines.Where(l => l.Contains("LogNotificationSender", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(written);
        lines.Should().OnlyContain(l => !l.Contains("Ffion") && !l.Contains("Llewelyn") && !l.Contains("PR-"));
    }

    /// <summary>Every overdue deadline was announced and escalated exactly once, and no notification was written twice.</summary>
    private static async Task ShouldHaveSentEachStepOnce(ApplicationHarness app, int cases)
    {
        var deliveries = await app.Read(db => db.ReminderDeliveries.ToListAsync());
        var notifications = await app.Read(db => db.Notifications.ToListAsync());
        var overdueMilestones = await app.Read(db => db.CaseMilestones.CountAsync(m => m.DueDate < TestClock.Today && m.Kind != MilestoneKind.AppealWindow && !m.NotApplicable));

        deliveries.Count(d => d.Step == ReminderStep.OverdueKey).Should().Be(overdueMilestones);
        deliveries.Count(d => d.Step == ReminderStep.EscalationKey).Should().Be(overdueMilestones);
        notifications.GroupBy(n => (n.RecipientId, n.Subject)).Should().OnlyContain(g => g.Count() == 1, "no reminder is written twice");
        notifications.Count.Should().Be(deliveries.Count, "each step recorded has its one notification (one manager in the team)");
        (await app.Read(db => db.CaseMilestones.CountAsync(m => m.NextReminderOn != null && m.NextReminderOn <= TestClock.Today))).Should().Be(0);
        cases.Should().BePositive();
    }

    /// <summary>Fails one save that writes reminders, after letting <c>afterSaves</c> through: a crash part way through a sweep.</summary>
    private sealed class FailOnceWhenSendingReminders(int afterSaves) : SaveChangesInterceptor
    {
        private int _saves;
        private int _failed;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var writesReminders = eventData.Context!.ChangeTracker.Entries<ReminderDelivery>().Any(e => e.State == EntityState.Added);
            if (writesReminders && Interlocked.Increment(ref _saves) > afterSaves && Interlocked.Exchange(ref _failed, 1) == 0)
            {
                throw new InvalidOperationException("A failure injected part way through the sweep.");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
