using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;

namespace PanelCaseManager.Web.Tests.Api;

public class JobsDashboardTests
{
    [Test]
    public async Task The_recurring_jobs_are_registered_at_start_up_with_the_configured_interval()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Jobs:ServerEnabled"] = "false",
            ["Reminders:SweepInterval"] = "00:30:00",
            ["AuditTrail:CheckpointInterval"] = "02:00:00",
        });
        using var client = factory.CreateClient();

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();

        jobs.Should().ContainSingle(j => j.Id == ReminderSweepJob.RecurringJobId).Which.Cron.Should().Be("*/30 * * * *");
        jobs.Should().ContainSingle(j => j.Id == NotificationDispatchJob.RecurringJobId).Which.Cron.Should().Be("* * * * *");
        jobs.Should().ContainSingle(j => j.Id == AuditCheckpointJob.RecurringJobId).Which.Cron.Should().Be("0 */2 * * *");
    }

    [Test]
    public async Task The_dashboard_is_for_administrators_only()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["Jobs:ServerEnabled"] = "false" });
        using var anonymous = factory.HtmlClient();
        using var officer = await factory.HtmlClientFor(Personas.SendOfficer);
        using var admin = await factory.HtmlClientFor(Personas.Administrator);

        var signIn = await anonymous.Get("/hangfire");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().Should().Contain("/sign-in");
        (await officer.Get("/hangfire")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var page = await admin.Get("/hangfire/recurring");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain(ReminderSweepJob.RecurringJobId);
    }

    [Test]
    public async Task Behind_a_reverse_proxy_the_dashboard_links_through_the_configured_path_base()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Jobs:ServerEnabled"] = "false",
            ["ReverseProxy:Enabled"] = "true",
            ["ReverseProxy:PathBase"] = "/panel",
        });
        using var admin = await factory.ClientFor(Personas.Administrator);

        var page = await admin.GetAsync("/panel/hangfire");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("/panel/hangfire/recurring");
    }

    [Test]
    public async Task Behind_a_proxy_that_strips_the_prefix_the_forwarded_prefix_is_honoured()
    {
        await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Jobs:ServerEnabled"] = "false",
            ["ReverseProxy:Enabled"] = "true",
        });
        using var admin = await factory.ClientFor(Personas.Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Add("X-Forwarded-Prefix", "/send-panel");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var page = await admin.SendAsync(request);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("/send-panel/hangfire/recurring");
    }

    [Test]
    public async Task A_job_server_runs_the_sweep_when_the_recurring_job_is_triggered()
    {
        await using var factory = new PanelWebApplicationFactory();
        using var officer = await factory.ClientFor(Personas.SendOfficer);
        var created = await officer.PostAsync("/api/v1/placement-requests", System.Net.Http.Json.JsonContent.Create(
            Testing.Builders.A.PlacementRequest() with { ReceivedDate = Testing.TestClock.Today.AddDays(-60) }, options: ApiJson.Options));
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(ReminderSweepJob.RecurringJobId);

        var deadline = DateTime.UtcNow.AddMinutes(2);
        System.Text.Json.JsonElement notifications;
        do
        {
            await Task.Delay(200);
            notifications = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(officer, "/api/v1/notifications");
        }
        while (notifications.GetArrayLength() == 0 && DateTime.UtcNow < deadline);

        notifications.EnumerateArray().Should().Contain(n => n.GetProperty("kind").GetString() == "deadline-overdue");
    }
}
