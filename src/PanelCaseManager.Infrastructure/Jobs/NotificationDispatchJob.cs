using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Notifications;

namespace PanelCaseManager.Infrastructure.Jobs;

/// <summary>The recurring outbox sender: sends notifications a batch at a time, as the system principal, until none are waiting.</summary>
public sealed partial class NotificationDispatchJob(IServiceScopeFactory scopes, IOptions<RemindersOptions> options, ILogger<NotificationDispatchJob> logger)
{
    public const string RecurringJobId = "notification-dispatch";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(SystemPrincipal.For(RecurringJobId));
            var result = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new DispatchNotifications.Command(options.Value.NotificationBatchSize), cancellationToken);
            sent += result.Sent;
            if (!result.MayHaveMore)
            {
                break;
            }
        }

        if (sent > 0)
        {
            LogSent(logger, sent);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} notification(s) from the outbox")]
    private static partial void LogSent(ILogger logger, int count);
}
