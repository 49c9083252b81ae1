using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Notifications;

/// <summary>
/// Sends one batch of the outbox through the configured <see cref="INotificationSender"/>. Each notification is
/// claimed by a conditional update before it is sent, so two instances never both send it; a failure rolls the
/// batch's claims back and the notifications are tried again on the next run, except a notification the sender
/// rejects for good (<see cref="NotificationRejectedException"/>), which stays claimed and records why it failed.
/// </summary>
public static class DispatchNotifications
{
    [RequiresPolicy(Policies.RunSystemJobs)]
    public sealed record Command(int BatchSize) : ICommand<Result>;

    public sealed record Result(int Sent, bool MayHaveMore);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.BatchSize).InclusiveBetween(1, 1_000).WithMessage("A batch is 1 to 1000 notifications.");
    }

    public sealed class Handler(PanelDbContext db, INotificationSender sender, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var candidates = await db.Notifications.AsNoTracking()
                .Where(n => n.SentAt == null)
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
                .Take(command.BatchSize)
                .ToListAsync(cancellationToken);

            var sent = 0;
            foreach (var notification in candidates)
            {
                var now = clock.GetUtcNow();
                var claimed = await db.Notifications
                    .Where(n => n.Id == notification.Id && n.SentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.SentAt, now), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                try
                {
                    await sender.SendAsync(notification, cancellationToken);
                    sent++;
                }
                catch (NotificationRejectedException rejected)
                {
                    // Kept claimed (never retried) and marked with the reason; the reason names no person.
                    var reason = rejected.Message.Length > Notification.FailureReasonMaxLength
                        ? rejected.Message[..Notification.FailureReasonMaxLength]
                        : rejected.Message;
                    await db.Notifications
                        .Where(n => n.Id == notification.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(n => n.FailureReason, reason), cancellationToken);
                }
            }

            return new Result(sent, candidates.Count == command.BatchSize);
        }
    }
}

/// <summary>The signed-in user's notifications, newest first: what the UI shows.</summary>
public static class ListMyNotifications
{
    public const int MaximumCount = 200;

    [RequiresPolicy(Policies.SignedIn)]
    public sealed record Query(int? Count) : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(Guid Id, string Kind, string Subject, string Body, string? Link, Guid? PlacementRequestId, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Count).InclusiveBetween(1, MaximumCount).WithMessage($"Ask for 1 to {MaximumCount} notifications.");
    }

    public sealed class Handler(PanelDbContext db, Common.ICurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var me = currentUser.Id;
            var rows = await db.Notifications.AsNoTracking()
                .Where(n => n.RecipientId == me)
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                .Take(query.Count ?? 50)
                .ToListAsync(cancellationToken);
            return rows.Select(n => new Item(n.Id, n.Kind, n.Subject, n.Body, n.Link, n.PlacementRequestId?.Value, n.CreatedAt, n.SentAt)).ToList();
        }
    }
}
