using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Testing;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// The web host as a council runs it (Production: no development sign-in), its three doors pointed at a
/// <see cref="FakeEntra"/>, on its own SQLite file, with every log line captured.
/// </summary>
public sealed class EntraWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.CreateEmpty();
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"documents-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string?> _settings;

    /// <param name="withTrustSettings">False to start without the audit key and data-protection certificate production requires.</param>
    public EntraWebApplicationFactory(IDictionary<string, string?>? settings = null, bool withTrustSettings = true)
    {
        ClientOptions.BaseAddress = new Uri("https://localhost");
        _settings = FakeEntra.Settings();
        _settings["ConnectionStrings:PanelCaseManager"] = _database.ConnectionString;
        _settings["DocumentStore:RootPath"] = _documents;
        _settings["RateLimits:SignInPerMinute"] = "10000";
        // As a council runs it: the audit key from configuration, the key ring encrypted with a certificate.
        foreach (var (key, value) in withTrustSettings ? TestCertificates.ProductionTrustSettings() : [])
        {
            _settings[key] = value;
        }

        _settings["AuditTrail:CheckpointFolder"] = _database.AuditCheckpointFolder;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeEntra Entra { get; } = new();

    /// <summary>
    /// Starts at the real time, not the usual test date: the sign-in's correlation and nonce cookies expire by the app's
    /// clock, and the test's cookie container drops cookies that have expired by the real one.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Adds an account as an administrator would, with the directory's object id as its id.</summary>
    public async Task<string> AddAccountAsync(Role role, string? team = null, Agency? agency = null, bool linkedToAChild = true, bool active = true)
    {
        var objectId = Guid.NewGuid().ToString();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var account = UserAccount.Create(new UserId(objectId), $"{role} {objectId[..8]}", $"{objectId[..8]}@example.gov.uk", role,
            team ?? (role is Role.SendOfficer or Role.TeamManager ? "North" : null), agency ?? (role is Role.PanelMember or Role.PanelChair ? Agency.Education : null));
        if (role == Role.Family && linkedToAChild)
        {
            account.LinkChild(new ChildId(Guid.NewGuid()), "Mother");
        }

        if (!active)
        {
            account.Update(account.DisplayName, account.Email, role, account.Team, account.Agency, isActive: false);
        }

        db.Users.Add(account);
        await db.SaveChangesAsync();
        return objectId;
    }

    /// <summary>A browser without JavaScript: keeps cookies, does not follow redirects by itself.</summary>
    public Pages.HtmlClient HtmlClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        builder.ConfigureTestServices(services =>
        {
            // Metadata and keys come from the fake, never from the network.
            services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Entra);
            foreach (var scheme in new[] { EntraSignIn.StaffScheme, EntraSignIn.FamiliesScheme })
            {
                services.Configure<OpenIdConnectOptions>(scheme, o => o.BackchannelHttpHandler = Entra);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Entra.Dispose();
            _database.Dispose();
            if (Directory.Exists(_documents))
            {
                Directory.Delete(_documents, recursive: true);
            }
        }
    }
}
