using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Infrastructure.Persistence;

namespace PanelCaseManager.Web.Jobs;

public enum JobStorage
{
    /// <summary>SQL Server storage when the database is SQL Server, otherwise in memory.</summary>
    Auto,
    InMemory,
    SqlServer,
}

/// <summary>Background jobs ("Jobs" in configuration).</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    public JobStorage Storage { get; set; } = JobStorage.Auto;

    /// <summary>Run a job server in this instance. Every instance may: jobs are safe to run side by side.</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    public string DashboardPath { get; set; } = "/hangfire";
}

/// <summary>
/// Hangfire: SQL Server storage in production, in memory with the embedded default. The database, not Hangfire,
/// holds what is due and what was sent, so losing in-memory storage on a restart loses nothing: the recurring
/// jobs are registered again at start-up.
/// </summary>
internal static class BackgroundJobs
{
    public static IServiceCollection AddPanelBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section))
            .Validate(o => o.WorkerCount is >= 1 and <= 50 && o.DashboardPath.StartsWith('/'), "Jobs: WorkerCount is 1–50 and DashboardPath starts with '/'.")
            .ValidateOnStart();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = jobs.Storage == JobStorage.Auto
            ? database.Provider == DatabaseProvider.SqlServer ? JobStorage.SqlServer : JobStorage.InMemory
            : jobs.Storage;

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage == JobStorage.SqlServer)
            {
                var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
                                       ?? throw new InvalidOperationException($"Jobs use SQL Server storage but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
                config.UseSqlServerStorage(connectionString, new SqlServerStorageOptions
                {
                    SchemaName = "HangFire",
                    PrepareSchemaIfNecessary = true,
                    SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
                });
            }
            else
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
            }
        });

        if (jobs.ServerEnabled)
        {
            services.AddHangfireServer(options => options.WorkerCount = jobs.WorkerCount);
        }

        services.AddHostedService<RecurringJobRegistration>();
        return services;
    }

    /// <summary>The Hangfire dashboard, for administrators only (by the same policy as everything else, not Hangfire's local-only filter).</summary>
    public static IEndpointRouteBuilder MapPanelJobsDashboard(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IOptions<JobsOptions>>().Value.DashboardPath;
        app.MapHangfireDashboard(path, new DashboardOptions { Authorization = [], DashboardTitle = "PanelCaseManager jobs" })
            .RequireAuthorization(Policies.Administer);
        return app;
    }
}

/// <summary>Registers the recurring jobs at start-up, with the intervals in configuration.</summary>
internal sealed class RecurringJobRegistration(IRecurringJobManager recurringJobs, IOptions<RemindersOptions> reminders, IOptions<AuditTrailOptions> audit) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = new RecurringJobOptions { TimeZone = UkCalendar.London };
        recurringJobs.AddOrUpdate<ReminderSweepJob>(
            ReminderSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), RecurringInterval.ToCron(reminders.Value.SweepInterval), options);
        recurringJobs.AddOrUpdate<NotificationDispatchJob>(
            NotificationDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), RecurringInterval.ToCron(reminders.Value.NotificationInterval), options);
        recurringJobs.AddOrUpdate<BankHolidayCoverageJob>(
            BankHolidayCoverageJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), BankHolidayCoverageJob.Cron, options);
        recurringJobs.AddOrUpdate<AuditCheckpointJob>(
            AuditCheckpointJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), RecurringInterval.ToCron(audit.Value.CheckpointInterval), options);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
