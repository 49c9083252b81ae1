using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// One batch of the reminder sweep: takes the deadlines whose next reminder has fallen due, writes a notification
/// for the assigned officer for the most urgent step reached (due soon, due today, overdue) and, when overdue, an
/// escalation to the team's manager. Each step is recorded under a unique key (milestone, step, due date) in the
/// same transaction, so however often the sweep runs, retries or races another instance, a step is sent once.
/// </summary>
public static class SweepReminders
{
    [RequiresPolicy(Policies.RunSystemJobs)]
    public sealed record Command(int BatchSize) : ICommand<Result>;

    /// <param name="MayHaveMore">The batch was full: run another.</param>
    public sealed record Result(int MilestonesExamined, int NotificationsWritten, bool MayHaveMore);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.BatchSize).InclusiveBetween(1, 10_000).WithMessage("A batch is 1 to 10000 milestones.");
    }

    /// <summary>A milestone whose next reminder has fallen due, as the sweep reads it.</summary>
    public sealed record DueReminder(Guid Id, PlacementRequestId PlacementRequestId, MilestoneKind Kind, Agency? Agency, DateOnly DueDate, DateOnly NextReminderOn, bool ExceptionApplies);

    /// <summary>The milestones whose next reminder is due on <paramref name="today"/>, oldest first: the sweep's predicate, on its index.</summary>
    public static IQueryable<DueReminder> Due(PanelDbContext db, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseMilestones.AsNoTracking()
            .Where(m => m.NextReminderOn != null && m.NextReminderOn <= today)
            .OrderBy(m => m.NextReminderOn).ThenBy(m => m.Id)
            .Select(m => new DueReminder(m.Id, m.PlacementRequestId, m.Kind, m.Agency, m.DueDate!.Value, m.NextReminderOn!.Value, m.ExceptionApplies));
    }

    public sealed class Handler(PanelDbContext db, TimelinessRules rules, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var today = UkCalendar.DateOf(now);
            var schedule = rules.Reminders;

            var batch = await Due(db, today).Take(command.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new Result(0, 0, false);
            }

            var caseIds = batch.Select(m => m.PlacementRequestId).Distinct().ToList();
            var cases = await (
                    from p in db.PlacementRequests.AsNoTracking()
                    join o in db.Users on p.AssignedOfficerId equals o.Id
                    where caseIds.Contains(p.Id)
                    select new CaseContact(p.Id, p.Reference, p.AssignedOfficerId, o.Team))
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            var managers = await db.Users.AsNoTracking()
                .Where(u => u.IsActive && u.Role == Role.TeamManager)
                .Select(u => new { u.Id, u.Team })
                .ToListAsync(cancellationToken);
            var milestoneIds = batch.Select(m => m.Id).ToList();
            var alreadySent = (await db.ReminderDeliveries.AsNoTracking()
                    .Where(r => milestoneIds.Contains(r.MilestoneId))
                    .Select(r => new { r.MilestoneId, r.Step, r.DueDate })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.MilestoneId, r.Step, r.DueDate))
                .ToHashSet();

            var written = 0;
            foreach (var milestone in batch)
            {
                var due = milestone.DueDate;
                if (schedule.CurrentStep(due, today) is not { } step)
                {
                    await MoveNextReminderAsync(milestone, schedule.FirstReminderOn(due), cancellationToken);
                    continue;
                }

                if (!alreadySent.Contains((milestone.Id, step.Key, due)) && cases.TryGetValue(milestone.PlacementRequestId, out var contact))
                {
                    db.ReminderDeliveries.Add(ReminderDelivery.Create(milestone.Id, step.Key, due, now));
                    db.Notifications.Add(ToOfficer(milestone, step, contact, today, now));
                    written++;
                    if (step.IsOverdue && !alreadySent.Contains((milestone.Id, ReminderStep.EscalationKey, due)))
                    {
                        db.ReminderDeliveries.Add(ReminderDelivery.Create(milestone.Id, ReminderStep.EscalationKey, due, now));
                        var teamManagers = managers.Where(m => m.Team is not null && m.Team == contact.Team).Select(m => m.Id).ToList();
                        foreach (var manager in teamManagers.Count > 0 ? teamManagers : managers.Select(m => m.Id))
                        {
                            db.Notifications.Add(ToManager(milestone, contact, manager, now));
                            written++;
                        }
                    }
                }

                await MoveNextReminderAsync(milestone, schedule.NextReminderAfter(step, due), cancellationToken);
            }

            return new Result(batch.Count, written, batch.Count == command.BatchSize);
        }

        /// <summary>
        /// Moves the milestone on to its next reminder, only if it still has the due date and next reminder read: if
        /// a recompute or another instance changed it meanwhile, the batch is refused and read again.
        /// </summary>
        private async Task MoveNextReminderAsync(DueReminder milestone, DateOnly? next, CancellationToken cancellationToken)
        {
            var updated = await db.CaseMilestones
                .Where(m => m.Id == milestone.Id && m.DueDate == milestone.DueDate && m.NextReminderOn == milestone.NextReminderOn)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextReminderOn, next), cancellationToken);
            if (updated == 0)
            {
                throw new ConcurrencyConflictException("The deadline changed while its reminders were being sent; the sweep reads it again.");
            }
        }

        private static Notification ToOfficer(DueReminder milestone, ReminderStep step, CaseContact contact, DateOnly today, DateTimeOffset now)
        {
            var due = milestone.DueDate;
            var what = Describe(milestone);
            var (kind, subject) = step switch
            {
                { IsOverdue: true } => (NotificationKinds.DeadlineOverdue, $"Overdue: {what} on {contact.Reference}"),
                { DaysBefore: 0 } => (NotificationKinds.DeadlineReminder, $"Due today: {what} on {contact.Reference}"),
                _ => (NotificationKinds.DeadlineReminder, string.Create(CultureInfo.InvariantCulture, $"Due in {due.DayNumber - today.DayNumber} days: {what} on {contact.Reference}")),
            };
            var passed = step.IsOverdue ? " It has passed and your team manager has been told." : string.Empty;
            var exception = milestone.ExceptionApplies ? " An exception to the limit is recorded on the case." : string.Empty;
            var body = string.Create(CultureInfo.InvariantCulture,
                $"The statutory deadline '{what}' ({milestone.Kind.Source()}) on case {contact.Reference} is due on {due:d MMMM yyyy}.{passed}{exception}");
            return Notification.Create(contact.OfficerId, kind, subject, body, LinkTo(contact), contact.Id, now);
        }

        private static Notification ToManager(DueReminder milestone, CaseContact contact, UserId manager, DateTimeOffset now)
        {
            var what = Describe(milestone);
            var body = string.Create(CultureInfo.InvariantCulture,
                $"The statutory deadline '{what}' ({milestone.Kind.Source()}) on case {contact.Reference} was due on {milestone.DueDate:d MMMM yyyy} and has not been met. The case is held by officer {contact.OfficerId}.");
            return Notification.Create(manager, NotificationKinds.DeadlineEscalation, $"Escalation: {what} overdue on {contact.Reference}", body, LinkTo(contact), contact.Id, now);
        }

        private static string Describe(DueReminder milestone) =>
            milestone.Agency is { } agency ? $"{milestone.Kind.Describe()} ({agency})" : milestone.Kind.Describe();

        private static string LinkTo(CaseContact contact) => $"/placement-requests/{contact.Id}/milestones";
    }

    private sealed record CaseContact(PlacementRequestId Id, CaseReference Reference, UserId OfficerId, string? Team);
}
