using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Api;

public class HostTests
{
    private PanelWebApplicationFactory _factory = null!;

    [OneTimeSetUp]
    public void SetUp() => _factory = new PanelWebApplicationFactory();

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task The_liveness_check_answers_without_signing_in()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Test]
    public void A_test_host_does_not_watch_its_configuration_files_so_parallel_hosts_do_not_run_out_of_inotify_instances()
    {
        var configuration = (IConfigurationRoot)_factory.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        files.Should().Contain(p => p.Source.Path == "appsettings.json", "the host reads its appsettings as usual");
        files.Should().OnlyContain(p => !p.Source.ReloadOnChange, "each watched file costs an inotify instance while the host lives");
    }

    [Test]
    public async Task A_test_host_serving_pages_takes_no_inotify_instance()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("inotify instances are counted on Linux, where CI runs.");
        }

        var before = InotifyInstancesOfThisProcess();
        await using (var host = new PanelWebApplicationFactory())
        {
            // The layout versions its stylesheet and script (asp-append-version), which watches the web root.
            using var browser = await host.HtmlClientFor(Personas.SendOfficer);
            (await browser.Http.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

            InotifyInstancesOfThisProcess().Should().BeLessThanOrEqualTo(before, "a host polls its web root and does not watch its configuration");
        }
    }

    private static int InotifyInstancesOfThisProcess() =>
        new DirectoryInfo("/proc/self/fd").GetFileSystemInfos()
            .Count(fd => fd.LinkTarget is { } target && target.Contains("inotify", StringComparison.Ordinal));

    [Test]
    public async Task The_readiness_report_names_each_dependency_and_says_when_no_malware_scanner_is_configured()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("status").GetString().Should().Be("Healthy");
        var entries = report.GetProperty("entries");
        entries.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("database", "document-store", "malware-scanner");
        entries.EnumerateObject().Should().OnlyContain(e => e.Value.GetProperty("status").GetString() == "Healthy");
        entries.GetProperty("malware-scanner").GetProperty("description").GetString().Should().Be("Not configured: uploads are stored without a malware scan.");
    }

    [Test]
    public async Task The_readiness_check_names_the_document_store_when_it_cannot_be_written_to()
    {
        var blocked = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"not-a-folder-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.GetDirectoryName(blocked)!);
        await File.WriteAllTextAsync(blocked, "a file where the documents folder should be");
        try
        {
            await using var factory = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["DocumentStore:RootPath"] = blocked });
            using var client = factory.CreateClient();

            var response = await client.GetAsync("/health/ready");

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            var entries = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries");
            entries.GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
            entries.GetProperty("document-store").GetProperty("status").GetString().Should().Be("Unhealthy");
        }
        finally
        {
            File.Delete(blocked);
        }
    }

    [Test]
    public async Task The_readiness_report_gives_the_scanners_version_or_says_it_is_unreachable()
    {
        await using var scanning = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["MalwareScanning:Clamd"] = ClamdForTests.TcpAddress() });
        await using var unreachable = new PanelWebApplicationFactory(new Dictionary<string, string?> { ["MalwareScanning:Clamd"] = ClamdForTests.UnreachableAddress() });

        var healthy = await scanning.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");
        healthy.GetProperty("entries").GetProperty("malware-scanner").GetProperty("description").GetString().Should().StartWith("Scanning uploads with ClamAV");

        var response = await unreachable.CreateClient().GetAsync("/health/ready");
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the service goes on; only uploads wait for the scanner");
        var degraded = await response.Content.ReadFromJsonAsync<JsonElement>();
        degraded.GetProperty("status").GetString().Should().Be("Degraded");
        degraded.GetProperty("entries").GetProperty("malware-scanner").GetProperty("status").GetString().Should().Be("Degraded");
        degraded.GetProperty("entries").GetProperty("malware-scanner").GetProperty("description").GetString().Should().StartWith("Unreachable");
    }

    [Test]
    public async Task The_openapi_document_describes_the_placement_request_endpoints()
    {
        using var client = _factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/v1/placement-requests", "/api/v1/placement-requests/{id}", "/api/v1/placement-requests/{id}/withdraw"]);
        document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).Should().BeTrue();
    }

    [Test]
    public async Task The_browsable_api_page_is_served()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/api-docs");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Test]
    public async Task Development_sign_in_lists_the_personas_and_refuses_an_unknown_one()
    {
        using var client = _factory.CreateClient();

        var personas = await client.GetFromJsonAsync<JsonElement>("/dev/personas");
        personas.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().BeEquivalentTo(Personas.All.Select(p => p.Id));

        var response = await client.PostAsJsonAsync("/dev/token", new { persona = "nobody" });
        await response.ShouldBeValidationProblemNaming("persona");
    }

    [Test]
    public async Task Who_am_i_tells_a_family_member_which_child_they_are_linked_to()
    {
        using var family = await _factory.ClientFor(Personas.Family);

        var me = await family.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("role").GetString().Should().Be("Family");
        me.GetProperty("displayName").GetString().Should().Be("Sarah Bennett");
    }

    [Test]
    public void The_app_refuses_to_start_with_development_sign_in_outside_development()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("DevelopmentSignIn:Enabled", "true");
        });

        var act = () => production.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*DevelopmentSignIn*only in Development*");
    }

    [Test]
    public void Outside_development_the_dev_sign_in_is_not_registered_and_an_identity_provider_is_required()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var act = () => production.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Authentication:Staff*");
    }
}
