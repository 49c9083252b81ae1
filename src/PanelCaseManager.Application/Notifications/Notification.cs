using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Notifications;

/// <summary>
/// A message waiting in the outbox for a user: read by the UI, and sent by the configured sender (an email
/// adapter, or by default a log line). The body names the case by its reference only, never the child.
/// </summary>
public sealed class Notification
{
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 2000;
    public const int LinkMaxLength = 400;
    public const int KindMaxLength = 50;
    public const int FailureReasonMaxLength = 500;

    private Notification()
    {
        Kind = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    public Guid Id { get; private set; }
    public UserId RecipientId { get; private set; }
    public string Kind { get; private set; }
    public string Subject { get; private set; }
    public string Body { get; private set; }
    public string? Link { get; private set; }
    public PlacementRequestId? PlacementRequestId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Why the sender gave up on this notification for good (it is not tried again); null when it was delivered.</summary>
    public string? FailureReason { get; private set; }

    public static Notification Create(UserId recipient, string kind, string subject, string body, string? link, PlacementRequestId? caseId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        return new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientId = recipient,
            Kind = kind,
            Subject = subject,
            Body = body,
            Link = link,
            PlacementRequestId = caseId,
            CreatedAt = at,
        };
    }
}

/// <summary>The kinds of notification the service sends.</summary>
public static class NotificationKinds
{
    public const string DeadlineReminder = "deadline-reminder";
    public const string DeadlineOverdue = "deadline-overdue";
    public const string DeadlineEscalation = "deadline-escalation";
    public const string DecisionLetterIssued = "decision-letter-issued";
}

/// <summary>
/// Delivers one notification to its recipient: the seam for an email or GOV.UK Notify adapter. A sender throws
/// <see cref="NotificationRejectedException"/> when the notification can never be delivered (it is then marked failed
/// and not tried again); any other exception is treated as transient and the notification is tried again later.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}

/// <summary>The delivery service refused a notification for good (bad request, wrong key, no address): retrying will not help.</summary>
public sealed class NotificationRejectedException : Exception
{
    public NotificationRejectedException()
        : this("The notification was rejected.")
    {
    }

    public NotificationRejectedException(string message)
        : base(message)
    {
    }

    public NotificationRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The record that a reminder step of a deadline was sent: its key makes each step happen once per due date.</summary>
public sealed class ReminderDelivery
{
    private ReminderDelivery() => Step = string.Empty;

    public Guid MilestoneId { get; private set; }
    public string Step { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    public static ReminderDelivery Create(Guid milestoneId, string step, DateOnly dueDate, DateTimeOffset at) =>
        new() { MilestoneId = milestoneId, Step = step, DueDate = dueDate, SentAt = at };
}
