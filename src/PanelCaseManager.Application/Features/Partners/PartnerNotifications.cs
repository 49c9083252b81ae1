using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>What partners are told, and where the link takes them: never a child's name, only the case's reference at most.</summary>
public static class PartnerNotifications
{
    public const string Invited = "partner-invited";
    public const string Waiting = "partner-request-waiting";
    public const string DueSoon = "partner-request-due-soon";
    public const string Overdue = "partner-request-overdue";
    public const string Declined = "partner-request-declined";
    public const string Answered = "partner-request-answered";
    public const string Question = "partner-question";
    public const string StartLink = "/partner";

    public static string RequestLink(Guid partnerRequestId) => $"/partner/requests/{partnerRequestId}";
}

/// <summary>The record that a reminder step of a partner's request was sent to a recipient: its key makes each happen once per due date.</summary>
public sealed class PartnerReminderDelivery
{
    private PartnerReminderDelivery() => Step = string.Empty;

    public Guid PartnerRequestId { get; private set; }
    public string Step { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Domain.Users.UserId RecipientId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    public static PartnerReminderDelivery Create(Guid partnerRequestId, string step, DateOnly dueOn, Domain.Users.UserId recipientId, DateTimeOffset at) =>
        new() { PartnerRequestId = partnerRequestId, Step = step, DueOn = dueOn, RecipientId = recipientId, SentAt = at };
}
