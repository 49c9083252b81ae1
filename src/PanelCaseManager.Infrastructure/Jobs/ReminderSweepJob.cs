using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Infrastructure.Jobs;

/// <summary>
/// The recurring reminder sweep: runs <see cref="SweepReminders"/> batch after batch, each in its own transaction
/// and its own scope, as the system principal, until nothing is left to send; then the partners' reminders the same way. Another instance sweeping at the
/// same time makes a batch conflict; the batch is simply read again.
/// </summary>
public sealed partial class ReminderSweepJob(IServiceScopeFactory scopes, IOptions<RemindersOptions> options, ILogger<ReminderSweepJob> logger)
{
    public const string RecurringJobId = "reminder-sweep";
    private const int MaximumConsecutiveConflicts = 20;

    public async Task<SweepSummary> RunAsync(CancellationToken cancellationToken)
    {
        var summary = new SweepSummary(0, 0, 0);
        var conflicts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(SystemPrincipal.For(RecurringJobId));
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new SweepReminders.Command(options.Value.SweepBatchSize), cancellationToken);
                summary = new SweepSummary(summary.Batches + 1, summary.MilestonesExamined + result.MilestonesExamined, summary.NotificationsWritten + result.NotificationsWritten);
                conflicts = 0;
                if (!result.MayHaveMore)
                {
                    break;
                }
            }
            catch (ConcurrencyConflictException) when (++conflicts <= MaximumConsecutiveConflicts)
            {
                LogConflict(logger, conflicts);
            }
        }

        summary = await RemindPartnersAsync(summary, cancellationToken);
        LogSwept(logger, summary.Batches, summary.MilestonesExamined, summary.NotificationsWritten);
        return summary;
    }

    /// <summary>Then partners' requests due soon or overdue (Features/Partners/RemindPartners), batch after batch, the same way.</summary>
    private async Task<SweepSummary> RemindPartnersAsync(SweepSummary summary, CancellationToken cancellationToken)
    {
        var conflicts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(SystemPrincipal.For(RecurringJobId));
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new Application.Features.Partners.RemindPartners.Command(options.Value.SweepBatchSize), cancellationToken);
                summary = summary with { NotificationsWritten = summary.NotificationsWritten + result.NotificationsWritten };
                conflicts = 0;
                if (!result.MayHaveMore)
                {
                    return summary;
                }
            }
            catch (ConcurrencyConflictException) when (++conflicts <= MaximumConsecutiveConflicts)
            {
                LogConflict(logger, conflicts);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sweep: another instance changed a batch first (conflict {Conflicts}); reading it again")]
    private static partial void LogConflict(ILogger logger, int conflicts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder sweep done: {Batches} batch(es), {Examined} milestone(s) examined, {Written} notification(s) written")]
    private static partial void LogSwept(ILogger logger, int batches, int examined, int written);
}

public sealed record SweepSummary(int Batches, int MilestonesExamined, int NotificationsWritten);
