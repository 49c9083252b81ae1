using PanelCaseManager.Application.Audit;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Audit;

/// <summary>
/// What the web host adds to the keyed, anchored audit trail (docs/adr/0196): outside Development the audit key must
/// come from configuration; at start the service says where its audit key and its data-protection keys are kept, and
/// writes a checkpoint of the trail as it finds it.
/// </summary>
internal static partial class AuditTrailHosting
{
    public static IServiceCollection AddPanelAuditTrail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var options = configuration.GetSection(AuditTrailOptions.Section).Get<AuditTrailOptions>() ?? new AuditTrailOptions();
        if (!options.HasConfiguredKeys && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The audit trail has no key. Outside Development its key must come from configuration, kept out of the database (for example a Key Vault reference): " +
                $"set {AuditTrailOptions.Section}:CurrentKeyId and {AuditTrailOptions.Section}:Keys:<that id> to base64 of at least {AuditKeyRing.MinimumKeyBytes} random bytes. See docs/adr/0196.");
        }

        services.AddHostedService<TrustReport>();
        services.AddHostedService<ReadAuditStop>();
        return services;
    }

    /// <summary>Writes a checkpoint of the trail as this start finds it, as the system (after migrations and seeding).</summary>
    public static async Task CheckpointAuditTrailAtStartAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<AuditCheckpointJob>().AtStartAsync(app.Lifetime.ApplicationStopping);

    /// <summary>Says at start where the keys that make the service trustworthy are, and what that means.</summary>
    /// <summary>Writes the reads' events still waiting to be grouped as the instance stops (docs/adr/0011).</summary>
    private sealed class ReadAuditStop(ReadAuditWriter reads) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => reads.StopAsync(cancellationToken);
    }

    private sealed partial class TrustReport(AuditKeyRing auditKeys, IAuditCheckpointStore checkpoints, KeyRingProtection keyRing, ILogger<TrustReport> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (auditKeys.Source == "configuration")
            {
                LogConfiguredAuditKey(logger, auditKeys.CurrentKeyId, auditKeys.KeyIds.Count);
            }
            else
            {
                LogEmbeddedAuditKey(logger, auditKeys.Source, auditKeys.Generated ? "made at this start" : "made at an earlier start", auditKeys.CurrentKeyId);
            }

            LogCheckpoints(logger, checkpoints.Location);
            if (keyRing.Thumbprint is null)
            {
                LogUnprotectedKeyRing(logger);
            }
            else
            {
                LogProtectedKeyRing(logger, keyRing.Description);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "The audit trail is linked with the key '{KeyId}' from configuration ({Count} key(s) held to verify events).")]
        private static partial void LogConfiguredAuditKey(ILogger logger, string keyId, int count);

        [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "The audit trail is linked with the embedded default's key '{KeyId}' in {Path} ({When}), outside the database: for Development only. Whoever can read that file can rewrite the trail unnoticed; in production set AuditTrail:CurrentKeyId and AuditTrail:Keys from a key vault.")]
        private static partial void LogEmbeddedAuditKey(ILogger logger, string path, string when, string keyId);

        [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "Checkpoints of the audit trail are appended to {Folder}: keep it where the database administrator cannot rewrite it.")]
        private static partial void LogCheckpoints(ILogger logger, string folder);

        [LoggerMessage(EventId = 7013, Level = LogLevel.Warning, Message = "Data-protection keys (they sign sign-in cookies and form tokens) are kept unencrypted in the database's DataProtectionKeys table: the embedded default, for Development only. Whoever can read that table can forge a sign-in; outside Development the service refuses to start without DataProtection:Certificate.")]
        private static partial void LogUnprotectedKeyRing(ILogger logger);

        [LoggerMessage(EventId = 7014, Level = LogLevel.Information, Message = "Data-protection keys are kept in the database {Description}.")]
        private static partial void LogProtectedKeyRing(ILogger logger, string description);
    }
}
