using Notify.Client;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Infrastructure.Audit;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Infrastructure.Letters;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Infrastructure.Notifications;
using PanelCaseManager.Infrastructure.Persistence;
using PanelCaseManager.Infrastructure.ReferenceData;

namespace PanelCaseManager.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The database (SQLite by default, SQL Server in production) and the other adapters.</summary>
    /// <param name="contentRoot">Where a relative SQLite file path is resolved from.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var databaseSection = configuration.GetSection(DatabaseOptions.Section);
        var database = databaseSection.Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().Bind(databaseSection);

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        // One SQL statement per query unless the query says AsSplitQuery(): aggregates with several owned
        // collections (a case's preferences and evidence, a meeting's seats and agenda) ask for it where the
        // cartesian product would be large, so the rest keep the single, consistent statement.
        services.AddDbContextPool<PanelDbContext>(options =>
        {
            switch (database.Provider)
            {
                case DatabaseProvider.SqlServer:
                    options.UseSqlServer(
                        connectionString ?? throw new InvalidOperationException(
                            $"Database:Provider is SqlServer but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set."),
                        sql => sql.MigrationsAssembly(DatabaseOptions.SqlServerMigrationsAssembly).EnableRetryOnFailure()
                            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                    break;
                case DatabaseProvider.Sqlite:
                    options.UseSqlite(
                        SqliteConnectionString(connectionString, contentRoot),
                        sqlite => sqlite.MigrationsAssembly(DatabaseOptions.SqliteMigrationsAssembly)
                            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                    break;
                default:
                    throw new InvalidOperationException($"Database:Provider '{database.Provider}' is not supported; use Sqlite or SqlServer.");
            }
        });

        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        services.AddOptions<DocumentStoreOptions>().Bind(configuration.GetSection(DocumentStoreOptions.Section));
        services.AddSingleton<IDocumentStore>(sp => new FileSystemDocumentStore(sp.GetRequiredService<IOptions<DocumentStoreOptions>>(), contentRoot));
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<DemoDataSeeder>();

        // Letters: fonts are loaded once and shared; composing is thread-safe.
        services.AddSingleton(_ => DocumentFonts.LoadEmbedded());
        services.AddSingleton<PdfDocumentWriter>();
        services.AddSingleton<LetterTemplateEngine>();
        services.AddSingleton<ILetterTemplateEngine>(sp => sp.GetRequiredService<LetterTemplateEngine>());
        services.AddSingleton<IDecisionLetterComposer, DecisionLetterComposer>();
        services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection(DemoDataOptions.Section));
        services.AddScoped<CatalogueReferenceData>();
        services.AddOptions<ReferenceDataOptions>().Bind(configuration.GetSection(ReferenceDataOptions.Section));
        if (configuration.GetValue<bool>($"{DemoDataOptions.Section}:{nameof(DemoDataOptions.Enabled)}"))
        {
            var clock = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DemoClock(clock)));
        }

        // GOV.UK Notify replaces the log sender when a key is configured (docs/adr/0190).
        services.AddScoped<LogNotificationSender>();
        services.AddSingleton<IValidateOptions<NotifyOptions>, NotifyOptionsValidator>();
        services.AddOptions<NotifyOptions>().Bind(configuration.GetSection(NotifyOptions.Section)).ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(configuration[$"{NotifyOptions.Section}:{nameof(NotifyOptions.ApiKey)}"]))
        {
            // One long-lived client whose pooled connections are recycled, so DNS changes are picked up.
            services.AddSingleton(sp =>
            {
                var settings = sp.GetRequiredService<IOptions<NotifyOptions>>().Value;
                var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = settings.Timeout };
                return new NotificationClient(new HttpClientWrapper(http), settings.ApiKey);
            });
            services.TryAddScoped<INotificationSender, GovukNotifySender>();
        }

        // An email adapter registered before this replaces the log sender.
        services.TryAddScoped<INotificationSender>(sp => sp.GetRequiredService<LogNotificationSender>());
        // The audit trail's keys and its checkpoints, both outside the database (docs/adr/0196).
        services.AddSingleton(sp => AuditKeySource.Load(sp.GetRequiredService<IOptions<AuditTrailOptions>>().Value, contentRoot, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAuditCheckpointStore>(sp => new FileAuditCheckpointStore(sp.GetRequiredService<IOptions<AuditTrailOptions>>(), contentRoot));
        services.AddTransient<AuditCheckpointJob>();
        services.AddTransient<ReminderSweepJob>();
        services.AddTransient<BankHolidayCoverageJob>();
        services.AddTransient<NotificationDispatchJob>();
        return services;
    }

    /// <summary>The embedded default keeps its file under the app's App_Data folder unless told otherwise.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/panelcasemanager.db");
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        // Writers queue for the write lock rather than failing at once.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }
}
