using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Browser.Tests;

/// <summary>
/// The real app for the browser: Kestrel on 127.0.0.1 on a free port, Development (so the sign-in page lists the
/// personas), its own SQLite file migrated at start and filled with a few demonstration cases, the real clock.
/// Started once for all the browser tests.
/// </summary>
[SetUpFixture]
public sealed class BrowserApp
{
    private static WebApplicationFactory<Program>? _factory;
    private static TestDatabase? _database;

    public static Uri BaseAddress { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _database = TestDatabase.CreateEmpty();
        _factory = Host(_database, demoCases: 24);
        BaseAddress = _factory.ClientOptions.BaseAddress;
    }

    /// <summary>
    /// Starts an instance of the app for the browser on its own database; <paramref name="clock"/>, when given,
    /// replaces the real clock (wrapped, as in Development, in the demo clock that seeding uses); <paramref name="settings"/>
    /// adds configuration of the journey's own (a path base).
    /// </summary>
    public static WebApplicationFactory<Program> Host(TestDatabase database, int demoCases, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        TestHostSettings.DoNotWatchConfigurationFiles();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:PanelCaseManager", database.ConnectionString);
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("DemoData:Cases", demoCases.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Plain HTTP on 127.0.0.1, as in Development: Secure cookies would not be sent over it.
            builder.UseSetting("BrowserSession:AllowHttp", "true");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            // The audit key and checkpoints belong to this database, not to the app's folder shared by every instance.
            builder.UseSetting("AuditTrail:KeyFile", database.AuditKeyFile);
            builder.UseSetting("AuditTrail:CheckpointFolder", database.AuditCheckpointFolder);
            if (clock is not null)
            {
                // Long journeys sign in many times in a few minutes.
                builder.UseSetting("RateLimits:SignInPerMinute", "1000");
                builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DemoClock(clock))));
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        factory.ClientOptions.BaseAddress.Host.Should().Be("127.0.0.1");
        return factory;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database?.Dispose();
    }
}
