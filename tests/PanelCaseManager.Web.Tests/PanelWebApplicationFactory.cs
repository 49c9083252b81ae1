using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests;

/// <summary>
/// The real web host in Development (so the development sign-in is on), on its own migrated SQLite file holding
/// the personas only, with a fake clock and every log line captured.
/// </summary>
public sealed class PanelWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.CreateEmpty();
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"documents-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string?> _settings;

    public PanelWebApplicationFactory(IDictionary<string, string?>? settings = null)
    {
        // As in production, over https: the session and antiforgery cookies are Secure.
        ClientOptions.BaseAddress = new Uri("https://localhost");
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = TestDatabase.Provider.ToString(),
            ["ConnectionStrings:PanelCaseManager"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "true",
            ["DemoData:Cases"] = "0",
            // Tests sign in far more often than people do; the limit itself has its own test.
            ["RateLimits:SignInPerMinute"] = "10000",
            ["RateLimits:UploadsPerMinute"] = "10000",
            ["DocumentStore:RootPath"] = _documents,
            // The session cookies as in production: Secure, so the HTML clients below use https.
            ["BrowserSession:AllowHttp"] = "false",
            // The embedded default's audit key and checkpoints, beside this test's database rather than the app's folder.
            ["AuditTrail:KeyFile"] = _database.AuditKeyFile,
            ["AuditTrail:CheckpointFolder"] = _database.AuditCheckpointFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public CapturedLogs Logs { get; } = new();

    /// <summary>This instance's database (its audit key and checkpoint folder are beside it).</summary>
    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        // Development's demonstration data runs on the demo clock; here it wraps the test's fake clock.
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DemoClock(Clock)));
            // Every JSON body the tests send is checked against the OpenAPI document (Api/Document/RequestBodyConformance).
            services.AddSingleton<IStartupFilter, Api.Document.RequestBodyRecorder>();
        });
    }

    /// <summary>A client signed in as the persona, with a token from the development sign-in.</summary>
    public async Task<HttpClient> ClientFor(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/dev/token", new { persona = persona.Id });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A browser without JavaScript, not signed in: keeps cookies, does not follow redirects by itself.</summary>
    public Pages.HtmlClient HtmlClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A browser signed in as the persona through the development sign-in page.</summary>
    public async Task<Pages.HtmlClient> HtmlClientFor(Persona persona)
    {
        var client = HtmlClient();
        await client.SignInAs(persona);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
            if (Directory.Exists(_documents))
            {
                Directory.Delete(_documents, recursive: true);
            }
        }
    }

    private sealed record TokenResponse(string AccessToken);
}
