using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Notifications;

namespace PanelCaseManager.Infrastructure.Notifications;

/// <summary>
/// The default sender: writes a line per notification to the log and nothing more. The line names the notification,
/// its kind and the recipient's pseudonymous id, never its subject or body.
/// </summary>
public sealed partial class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        LogSent(logger, notification.Id, notification.Kind, notification.RecipientId.Value);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} ({Kind}) delivered to user {RecipientId}")]
    private static partial void LogSent(ILogger logger, Guid notificationId, string kind, string recipientId);
}
