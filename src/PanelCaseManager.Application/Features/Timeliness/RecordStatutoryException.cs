using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// An officer records an exception to the statutory limits (reg 5(4), 8(2), 10(4), 13(3)) with its reason and period,
/// and, when the family has already been told, the day they were (CoP 9.42). The period must qualify: an absence of at
/// least 4 weeks in a row; for a closure, the day it closed and the day it reopened (at least 4 weeks apart), from which
/// the exception's window is worked out. The deadlines keep their statutory dates; those the exception reaches are
/// flagged, and so is the case.
/// </summary>
public static class RecordStatutoryException
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        string? Reason,
        DateOnly? StartDate,
        DateOnly? EndDate,
        string? Note,
        DateOnly? ClosedOn = null,
        DateOnly? ReopenedOn = null,
        DateOnly? FamilyToldOn = null)
        : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }

        [JsonIgnore]
        public ExceptionDates Dates => new(StartDate, EndDate, ClosedOn, ReopenedOn);
    }

    /// <param name="StartDate">The exception's period as recorded: for a closure, the window worked out from its dates.</param>
    public sealed record Result(
        Guid PlacementRequestId, int Sequence, int Version, bool ExceptionApplies, IReadOnlyList<MilestoneKind> MilestonesAffected, DateOnly StartDate, DateOnly EndDate);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimelinessRules rules, TimeProvider clock)
        {
            ArgumentNullException.ThrowIfNull(rules);
            var codes = string.Join(", ", rules.ExceptionReasons.Keys);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
            RuleFor(c => c.Reason)
                .NotEmpty().WithMessage($"Choose the reason for the exception: one of {codes}.")
                .Must(r => rules.ExceptionReasons.ContainsKey(r!)).WithMessage(c => $"'{c.Reason}' is not a reason for an exception. Use one of {codes}.")
                .When(c => !string.IsNullOrEmpty(c.Reason), ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.Note).MaximumLength(CaseClock.NoteMaxLength).WithMessage($"The note must be {CaseClock.NoteMaxLength} characters or fewer.");

            // Whether the dates qualify in law, and fit the case's life and its recorded advice: the domain's own rules, by field.
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (string.IsNullOrEmpty(c.Reason) || !rules.ExceptionReasons.TryGetValue(c.Reason, out var reason))
                {
                    return;
                }

                var caseClock = c.PlacementRequestId == Guid.Empty
                    ? null
                    : await db.CaseClocks.AsNoTracking().SingleOrDefaultAsync(x => x.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                var problems = new List<ExceptionProblem>();
                if (caseClock is null)
                {
                    ExceptionPeriods.PeriodOf(reason, c.Dates, rules.Clock, problems);
                }
                else
                {
                    problems.AddRange(caseClock.ProblemsWith(reason, c.Dates, c.FamilyToldOn, rules.Clock, UkCalendar.Today(clock)));
                }

                foreach (var problem in problems)
                {
                    context.AddFailure(problem.Field, problem.Message);
                }
            });
        }
    }

    public sealed class Handler(PanelDbContext db, ClockSettingsFactory settings, TimelinessRules rules, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseClock = await db.CaseClocks.WithMilestones()
                                .SingleOrDefaultAsync(c => c.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), cancellationToken)
                            ?? throw new NotFoundException("Placement request", command.PlacementRequestId);

            var reason = rules.ExceptionReasons[command.Reason!];
            var recorded = caseClock.RecordException(reason, command.Dates, command.FamilyToldOn, command.Note, currentUser.Id, clock.GetUtcNow(),
                await settings.CreateAsync(cancellationToken));

            var affected = caseClock.Milestones
                .Where(m => m.ExceptionReasons.Split(CaseMilestone.ExceptionReasonSeparator).Contains(reason.Code))
                .Select(m => m.Kind)
                .Distinct()
                .ToList();
            return new Result(command.PlacementRequestId, recorded.Sequence, caseClock.Version + 1, caseClock.ExceptionApplies, affected, recorded.StartDate, recorded.EndDate);
        }
    }
}
