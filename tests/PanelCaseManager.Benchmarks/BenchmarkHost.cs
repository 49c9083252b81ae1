using System.Security.Claims;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The application wired as the web host wires it, on its own migrated database (a SQLite file unless a benchmark
/// asks for PostgreSQL, which needs the server scripts/test-services/postgres.sh starts), with no log output. Each send
/// runs in a fresh scope with a signed-in principal, as one web request does.
/// </summary>
public sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Dictionary<string, ClaimsPrincipal> _principals = [];
    private readonly bool _ownsDatabase;

    public BenchmarkHost(DatabaseProvider provider = DatabaseProvider.Sqlite, IDictionary<string, string?>? settings = null, TestDatabase? database = null)
    {
        Database = database ?? TestDatabase.Create(provider);
        _ownsDatabase = database is null;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AuditTrail:KeyFile"] = Database.AuditKeyFile,
                ["AuditTrail:CheckpointFolder"] = Database.AuditCheckpointFolder,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(TestClock.Create());
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, AppContext.BaseDirectory);
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        if (provider == DatabaseProvider.Sqlite)
        {
            // The same journal mode as the app, which sets WAL at start-up.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        foreach (var user in db.Users.AsNoTracking().ToList())
        {
            _principals[user.Id.Value] = PanelClaimTypes.PrincipalFor(user, "Benchmark");
        }
    }

    public TestDatabase Database { get; }

    public IServiceProvider Services => _services;

    public async Task<TResponse> Send<TResponse>(Persona persona, ICommand<TResponse> command)
    {
        await using var scope = Scope(persona);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<TResponse> Send<TResponse>(Persona persona, IQuery<TResponse> query)
    {
        await using var scope = Scope(persona);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>Runs one handler directly in a fresh scope, without the pipeline around it, to see what the pipeline adds.</summary>
    public async Task<TResult> Direct<THandler, TResult>(Persona persona, Func<THandler, Task<TResult>> run)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var scope = Scope(persona);
        return await run(ActivatorUtilities.CreateInstance<THandler>(scope.ServiceProvider));
    }

    private AsyncServiceScope Scope(Persona persona)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(_principals[persona.Id]);
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
    }

    private ReadAuditWriter? ReadAuditWriterOrNull()
    {
        try
        {
            return _services.GetRequiredService<ReadAuditWriter>();
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException)
        {
            return null;
        }
    }
}
