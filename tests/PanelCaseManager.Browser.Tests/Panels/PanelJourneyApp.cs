using Microsoft.AspNetCore.Mvc.Testing;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Browser.Tests.Panels;

/// <summary>
/// The journeys through a panel meeting need days to pass: papers freeze after the cut-off, and attendance, views and
/// decisions happen on the meeting day. They run on their own instance of the app whose clock they move forward, so
/// the journeys on the shared app keep the real date.
/// </summary>
[SetUpFixture]
public sealed class PanelJourneyApp
{
    private static WebApplicationFactory<Program>? _factory;
    private static TestDatabase? _database;

    public static MovableClock Clock { get; } = new();

    public static Uri BaseAddress { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _database = TestDatabase.CreateEmpty();
        _factory = BrowserApp.Host(_database, demoCases: 4, Clock);
        BaseAddress = _factory.ClientOptions.BaseAddress;
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
