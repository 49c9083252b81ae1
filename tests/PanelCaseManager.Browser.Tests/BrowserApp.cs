using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:PanelCaseManager", _database.ConnectionString);
            builder.UseSetting("DemoData:Enabled", "true");
            builder.UseSetting("DemoData:Cases", "24");
            // Plain HTTP on 127.0.0.1, as in Development: Secure cookies would not be sent over it.
            builder.UseSetting("BrowserSession:AllowHttp", "true");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        BaseAddress.Host.Should().Be("127.0.0.1");
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
