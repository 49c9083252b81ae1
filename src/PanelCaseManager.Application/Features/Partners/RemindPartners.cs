using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>Reminding partners ("Partners" in configuration).</summary>
public sealed class PartnerOptions
{
    public const string Section = "Partners";
    public const int MaximumDueSoonDays = 30;

    /// <summary>Days before a request is due to tell its partner it is due soon (5).</summary>
    public int DueSoonDays { get; set; } = 5;
}

/// <summary>
/// Tells partners, through the outbox, that a request is due soon or overdue: exactly once per request, step and due
/// date (a <see cref="PartnerReminderDelivery"/> row, keyed, written in the same transaction as its notifications, as
/// the deadline reminders are; ADR 0111). Only the most urgent step reached is sent. A request whose partner has no
/// active account reminds the officer who shared it instead. The email holds the case's reference and a link only.
/// Run by the reminder sweep, as the system.
/// </summary>
public static class RemindPartners
{
    public const string DueSoonStep = "due-soon";
    public const string OverdueStep = "overdue";

    [RequiresPolicy(Policies.RunSystemJobs)]
    public sealed record Command(int BatchSize) : ICommand<Result>;

    public sealed record Result(int RequestsReminded, int NotificationsWritten, bool MayHaveMore);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.BatchSize).InclusiveBetween(1, 10_000).WithMessage("A batch is 1 to 10000 requests.");
    }

    public sealed class Handler(PanelDbContext db, IOptions<PartnerOptions> options, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var today = UkCalendar.DateOf(now);
            var soonFrom = today.AddDays(options.Value.DueSoonDays);
            var due = await db.PartnerRequests.AsNoTracking()
                .Where(r => r.Status == PartnerRequestStatus.Waiting && r.DueOn <= soonFrom)
                .Where(r => r.AdviceRequestId == null || db.AdviceRequests.Any(a => a.Id == r.AdviceRequestId && a.ReceivedOn == null))
                .Where(r => r.ConsultationId == null || db.Consultations.Any(c => c.Id == r.ConsultationId && c.Response == null && c.Outcome == null))
                .Where(r => !db.PartnerReminderDeliveries.Any(d => d.PartnerRequestId == r.Id && d.DueOn == r.DueOn
                                                                   && d.Step == (r.DueOn < today ? OverdueStep : DueSoonStep)))
                .OrderBy(r => r.DueOn).ThenBy(r => r.Id)
                .Take(command.BatchSize)
                .Select(r => new
                {
                    r.Id, r.Kind, r.DueOn, r.PartnerId, r.SettingId, r.SharedBy,
                    Reference = db.PlacementRequests.Where(p => p.Id == r.PlacementRequestId).Select(p => p.Reference).Single(),
                })
                .ToListAsync(cancellationToken);

            var written = 0;
            foreach (var request in due)
            {
                var step = request.DueOn < today ? OverdueStep : DueSoonStep;
                var recipients = await db.Users.AsNoTracking()
                    .Where(u => u.IsActive && ((request.PartnerId != null && u.Id == request.PartnerId)
                                               || (request.SettingId != null && u.Role == Role.SettingContact && u.SettingId == request.SettingId)))
                    .Select(u => u.Id)
                    .ToListAsync(cancellationToken);
                var what = request.Kind == PartnerRequestKind.Advice ? "Your advice" : "Your answer to the consultation";
                if (recipients.Count == 0)
                {
                    // Nobody in the service can answer it now: the officer who shared it hears instead, once.
                    recipients = [request.SharedBy];
                    db.Notifications.Add(Notification.Create(request.SharedBy, step == OverdueStep ? PartnerNotifications.Overdue : PartnerNotifications.DueSoon,
                        $"No partner can answer {request.Reference} in the service",
                        $"The partner asked on {request.Reference} no longer has an active account. It is due by {DateText.Plain(request.DueOn)}; ask again or record the answer when it arrives.",
                        PartnerNotifications.RequestLink(request.Id), null, now));
                }
                else
                {
                    foreach (var recipient in recipients)
                    {
                        db.Notifications.Add(step == OverdueStep
                            ? Notification.Create(recipient, PartnerNotifications.Overdue, $"{what} is overdue ({request.Reference})",
                                $"{what} on {request.Reference} was due by {DateText.Plain(request.DueOn)}. Please respond as soon as you can, or tell the SEND team why you cannot.",
                                PartnerNotifications.RequestLink(request.Id), null, now)
                            : Notification.Create(recipient, PartnerNotifications.DueSoon, $"{what} is due soon ({request.Reference})",
                                $"{what} on {request.Reference} is due by {DateText.Plain(request.DueOn)}.",
                                PartnerNotifications.RequestLink(request.Id), null, now));
                    }
                }

                foreach (var recipient in recipients)
                {
                    db.PartnerReminderDeliveries.Add(PartnerReminderDelivery.Create(request.Id, step, request.DueOn, recipient, now));
                    written++;
                }
            }

            return new Result(due.Count, written, due.Count == command.BatchSize);
        }
    }
}
