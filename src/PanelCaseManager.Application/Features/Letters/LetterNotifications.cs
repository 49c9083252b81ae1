using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Tells each active family member linked to the child, through the notification outbox in the same transaction,
/// that a decision letter or a notice with their right of appeal is ready to read. The message names the case by
/// its reference, never the child. Both are "letter issued" notifications, delivered (and posted) the same way.
/// </summary>
public sealed class LetterNotifications(PanelDbContext db) : IDomainEventHandler<DecisionLetterIssued>, IDomainEventHandler<AppealableNoticeIssued>
{
    private const string LinkPrefix = "/your-letters/";

    /// <summary>The family's link to download a letter (their page in the service), carried by its notification.</summary>
    public static string LinkFor(Guid letterId) => $"{LinkPrefix}{letterId}";

    /// <summary>The letter a letter-issued notification's link points to, for a sender that delivers the letter itself.</summary>
    public static bool TryGetLetterId(string? link, out Guid letterId)
    {
        letterId = Guid.Empty;
        return link is not null
               && link.StartsWith(LinkPrefix, StringComparison.Ordinal)
               && Guid.TryParse(link.AsSpan(LinkPrefix.Length), out letterId);
    }

    public async ValueTask Handle(DecisionLetterIssued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await NotifyAsync(
            domainEvent.PlacementRequestId,
            domainEvent.LetterId,
            reference => domainEvent.ReplacesLetterId is null
                ? $"Your decision letter for {reference} is ready"
                : $"A new decision letter for {reference} replaces the earlier one",
            reference => $"We have sent you the panel's decision letter {domainEvent.Reference} about request {reference}. "
                         + "You can read and download it in the service, and we have posted a copy to you.",
            domainEvent.At,
            cancellationToken);
    }

    public async ValueTask Handle(AppealableNoticeIssued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await NotifyAsync(
            domainEvent.PlacementRequestId,
            domainEvent.LetterId,
            reference => $"A notice about {reference}: you can appeal until {DateText.Plain(domainEvent.AppealDeadline)}",
            reference => $"We have sent you notice {domainEvent.Reference} about request {reference}: {domainEvent.Notice.Describe().ToLowerInvariant()}. "
                         + $"It explains your right to appeal and the last day to do so, {DateText.WithWeekday(domainEvent.AppealDeadline)}. "
                         + "You can read and download it in the service, and we have posted a copy to you.",
            domainEvent.At,
            cancellationToken);
    }

    private async Task NotifyAsync(
        PlacementRequestId caseId, Guid letterId, Func<string, string> subject, Func<string, string> body, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var request = db.PlacementRequests.Local.SingleOrDefault(p => p.Id == caseId)
                      ?? await db.PlacementRequests.AsNoTracking().SingleAsync(p => p.Id == caseId, cancellationToken);
        var childId = request.ChildId;
        var family = await db.Users.AsNoTracking()
            .Where(u => u.Role == Role.Family && u.IsActive && u.ChildLinks.Any(l => l.ChildId == childId))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        var reference = request.Reference.Value;
        foreach (var recipient in family)
        {
            db.Notifications.Add(Notification.Create(recipient, NotificationKinds.DecisionLetterIssued, subject(reference), body(reference), LinkFor(letterId), caseId, at));
        }
    }
}
