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
using PanelCaseManager.Infrastructure.Scanning;

namespace PanelCaseManager.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The database (SQLite by default, PostgreSQL or SQL Server in production) and the other adapters.</summary>
    /// <param name="contentRoot">Where a relative SQLite file path is resolved from.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var databaseSection = configuration.GetSection(DatabaseOptions.Section);
        var provider = DatabaseConfiguration.ProviderFrom(configuration);
        var database = databaseSection.Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().Bind(databaseSection)
            .Validate(o => o.MaxRetryCount is >= 0 and <= 20 && o.MaxRetryDelay > TimeSpan.Zero, "Database: MaxRetryCount is 0–20 and MaxRetryDelay more than zero.")
            .ValidateOnStart();

        var connectionString = DatabaseConfiguration.ConnectionStringFor(provider, configuration, contentRoot);
        // One SQL statement per query unless the query says AsSplitQuery(): aggregates with several owned
        // collections (a case's preferences and evidence, a meeting's seats and agenda) ask for it where the
        // cartesian product would be large, so the rest keep the single, consistent statement.
        services.AddDbContextPool<PanelDbContext>(options => DatabaseConfiguration.Use(options, provider, connectionString, database));

        services.AddSingleton<IDatabaseErrors, DatabaseErrors>();
        AddDocumentStore(services, configuration, contentRoot);
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

        // Uploads are scanned by clamd when it is configured (docs/adr/0201); otherwise not, and the health report says so.
        services.AddOptions<MalwareScanningOptions>()
            .Bind(configuration.GetSection(MalwareScanningOptions.Section))
            .Validate(o => !o.IsConfigured || o.Endpoint() is not null, "MalwareScanning:Clamd must be tcp://host:port or unix:/path/to/clamd.socket.")
            .Validate(o => o.TimeoutSeconds is >= 1 and <= 600 && o.RetryAfterSeconds is >= 1 and <= 3600,
                "MalwareScanning:TimeoutSeconds must be 1 to 600 and RetryAfterSeconds 1 to 3600.")
            .ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(configuration[$"{MalwareScanningOptions.Section}:{nameof(MalwareScanningOptions.Clamd)}"]))
        {
            services.AddSingleton<IMalwareScanner, ClamdScanner>();
        }
        else
        {
            services.AddSingleton<IMalwareScanner, NoMalwareScanner>();
        }

        services.AddTransient<ReminderSweepJob>();
        services.AddTransient<BankHolidayCoverageJob>();
        services.AddTransient<NotificationDispatchJob>();
        return services;
    }

    /// <summary>A local folder by default; an Azure Blob Storage container that every instance shares when configured (docs/adr/0009).</summary>
    private static void AddDocumentStore(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(DocumentStoreOptions.Section);
        var kindSetting = section[nameof(DocumentStoreOptions.Kind)];
        var kind = DocumentStoreKind.FileSystem;
        if (!string.IsNullOrWhiteSpace(kindSetting) && !Enum.TryParse(kindSetting.Trim(), ignoreCase: true, out kind))
        {
            throw new InvalidOperationException(
                $"DocumentStore:Kind is '{kindSetting}', which this service does not support. Use one of {string.Join(", ", Enum.GetNames<DocumentStoreKind>())}.");
        }

        services.AddOptions<DocumentStoreOptions>().Bind(section)
            .Validate(o => o.Kind != DocumentStoreKind.AzureBlob || !string.IsNullOrWhiteSpace(o.AzureBlob.ConnectionString),
                "DocumentStore:Kind is AzureBlob but DocumentStore:AzureBlob:ConnectionString is not set.")
            .Validate(o => o.Kind != DocumentStoreKind.AzureBlob || (o.AzureBlob.MaxRetries is >= 0 and <= 10 && o.AzureBlob.NetworkTimeout > TimeSpan.Zero),
                "DocumentStore:AzureBlob: MaxRetries is 0–10 and NetworkTimeout more than zero.")
            .ValidateOnStart();
        if (kind == DocumentStoreKind.AzureBlob)
        {
            services.AddSingleton<AzureBlobDocumentStore>();
            services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<AzureBlobDocumentStore>());
            services.AddSingleton<IDocumentStoreProbe>(sp => sp.GetRequiredService<AzureBlobDocumentStore>());
        }
        else
        {
            services.AddSingleton(sp => new FileSystemDocumentStore(sp.GetRequiredService<IOptions<DocumentStoreOptions>>(), contentRoot));
            services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<FileSystemDocumentStore>());
            services.AddSingleton<IDocumentStoreProbe>(sp => sp.GetRequiredService<FileSystemDocumentStore>());
        }
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
