using System.Security.Claims;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PanelCaseManager.Application;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Testing;

/// <summary>
/// The application as the web host wires it (pipeline, handlers, EF Core on SQLite, or PostgreSQL in the server-database run), without HTTP: a slice test
/// sends a request as a persona through the whole mediator pipeline against its own database.
/// </summary>
public sealed class ApplicationHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDatabase;

    public ApplicationHarness(IDictionary<string, string?>? settings = null)
        : this(TestDatabase.Create(), TestClock.Create(), settings, configure: null, ownsDatabase: true)
    {
    }

    /// <summary>
    /// A second application instance on another harness's database (for tests of several instances at once), or
    /// one with extra services; the database stays with whoever created it.
    /// </summary>
    public ApplicationHarness(TestDatabase database, FakeTimeProvider clock, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
        : this(database, clock, settings, configure, ownsDatabase: false)
    {
    }

    private ApplicationHarness(TestDatabase database, FakeTimeProvider clock, IDictionary<string, string?>? settings, Action<IServiceCollection>? configure, bool ownsDatabase)
    {
        Database = database;
        Clock = clock;
        _ownsDatabase = ownsDatabase;
        DocumentsFolder = Path.Combine(Path.GetTempPath(), "panelcasemanager-tests", $"documents-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DocumentStore:RootPath"] = DocumentsFolder,
                // The audit key and checkpoints belong to the database: every instance on it shares them.
                ["AuditTrail:KeyFile"] = Database.AuditKeyFile,
                ["AuditTrail:CheckpointFolder"] = Database.AuditCheckpointFolder,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, AppContext.BaseDirectory);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public TestDatabase Database { get; }

    /// <summary>Where this harness's document store keeps files; removed with the harness.</summary>
    public string DocumentsFolder { get; }

    public FakeTimeProvider Clock { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The root services, for what runs outside a request, such as background jobs.</summary>
    public IServiceProvider Services => _services;

    public async Task<TResponse> SendAs<TResponse>(Persona persona, IRequest<TResponse> request)
    {
        await using var scope = await ScopeAs(persona);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public async Task<TResponse> SendAs<TResponse>(Persona persona, ICommand<TResponse> command)
    {
        await using var scope = await ScopeAs(persona);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<TResponse> SendAs<TResponse>(Persona persona, IQuery<TResponse> query)
    {
        await using var scope = await ScopeAs(persona);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<TResponse> SendAnonymously<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>Records on a case's clock that its appealable notice was sent on <paramref name="sentOn"/> (see <see cref="NoticeOnTheClock"/>).</summary>
    public Task NoticeSent(Guid caseId, DateOnly sentOn) => NoticeOnTheClock.RecordAsync(_services, caseId, sentOn);

    /// <summary>Reads the database directly, outside the pipeline, to check what a command really wrote.</summary>
    public async Task<T> Read<T>(Func<PanelDbContext, Task<T>> read)
    {
        // The events of reads are written in groups (docs/adr/0011): what a test checks includes every read sent so far.
        await _services.GetRequiredService<ReadAuditWriter>().FlushAsync(CancellationToken.None);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    /// <summary>A scope signed in as whatever principal a test builds, known to the service or not.</summary>
    public AsyncServiceScope ScopeAs(ClaimsPrincipal principal)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(principal);
        return scope;
    }

    public async Task<AsyncServiceScope> ScopeAs(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == new UserId(persona.Id));
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(PanelClaimTypes.PrincipalFor(account, "Test"));
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        // As the web host does when it stops: the reads' events still waiting are written while the services exist.
        // (A harness whose audit settings are refused never had one.)
        if (ReadAuditWriterOrNull() is { } reads)
        {
            await reads.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        if (_ownsDatabase)
        {
            Database.Dispose();
        }

        if (Directory.Exists(DocumentsFolder))
        {
            Directory.Delete(DocumentsFolder, recursive: true);
        }
    }

    private ReadAuditWriter? ReadAuditWriterOrNull()
    {
        try
        {
            return _services.GetRequiredService<ReadAuditWriter>();
        }
        catch (Exception refused) when (refused is Microsoft.Extensions.Options.OptionsValidationException or ObjectDisposedException)
        {
            // Refused settings never had a writer; a harness disposed once already has stopped its writer.
            return null;
        }
    }
}
