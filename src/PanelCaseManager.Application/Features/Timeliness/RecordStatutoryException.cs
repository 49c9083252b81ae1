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
/// An officer records an exception to the statutory limits (reg 8(2), 10(4), 13(3)) with its reason and period.
/// The deadlines keep their statutory dates; those the exception reaches are flagged, and so is the case.
/// </summary>
public static class RecordStatutoryException
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, string? Reason, DateOnly? StartDate, DateOnly? EndDate, string? Note)
        : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid PlacementRequestId, int Sequence, int Version, bool ExceptionApplies, IReadOnlyList<MilestoneKind> MilestonesAffected);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimelinessRules rules)
        {
            ArgumentNullException.ThrowIfNull(rules);
            var codes = string.Join(", ", rules.ExceptionReasons.Keys);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
            RuleFor(c => c.Reason)
                .NotEmpty().WithMessage($"Choose the reason for the exception: one of {codes}.")
                .Must(r => rules.ExceptionReasons.ContainsKey(r!)).WithMessage(c => $"'{c.Reason}' is not a reason for an exception. Use one of {codes}.")
                .When(c => !string.IsNullOrEmpty(c.Reason), ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.StartDate).NotNull().WithMessage("Enter the date the exception started.");
            RuleFor(c => c.EndDate).NotNull().WithMessage("Enter the date the exception ended, or is expected to end.");
            RuleFor(c => c.EndDate)
                .GreaterThanOrEqualTo(c => c.StartDate).WithMessage("The exception cannot end before it starts.")
                .When(c => c.StartDate is not null && c.EndDate is not null);
            RuleFor(c => c.Note).MaximumLength(CaseClock.NoteMaxLength).WithMessage($"The note must be {CaseClock.NoteMaxLength} characters or fewer.");

            // The case's life runs from the day the request was received to the day it was withdrawn or closed.
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.StartDate is not { } start || c.EndDate is not { } end || end < start || c.PlacementRequestId == Guid.Empty)
                {
                    return;
                }

                var life = await db.CaseClocks.AsNoTracking()
                    .Where(x => x.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId))
                    .Select(x => new { x.ReceivedDate, x.StoppedOn })
                    .SingleOrDefaultAsync(ct);
                if (life is null)
                {
                    return;
                }

                if (start < life.ReceivedDate)
                {
                    context.AddFailure("startDate", $"The exception cannot start before the request was received ({life.ReceivedDate:yyyy-MM-dd}).");
                }

                if (life.StoppedOn is { } stopped && end > stopped)
                {
                    context.AddFailure("endDate", $"The case ended on {stopped:yyyy-MM-dd}: the exception cannot run past that.");
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
            var recorded = caseClock.RecordException(reason, command.StartDate!.Value, command.EndDate!.Value, command.Note, currentUser.Id, clock.GetUtcNow(),
                await settings.CreateAsync(cancellationToken));

            var affected = caseClock.Milestones
                .Where(m => m.ExceptionReasons.Split(CaseMilestone.ExceptionReasonSeparator).Contains(reason.Code))
                .Select(m => m.Kind)
                .Distinct()
                .ToList();
            return new Result(command.PlacementRequestId, recorded.Sequence, caseClock.Version + 1, caseClock.ExceptionApplies, affected);
        }
    }
}

/// <summary>The reasons an officer can give for an exception: reference data for the UI.</summary>
public static class ListExceptionReasons
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query : IQuery<IReadOnlyList<ReasonView>>;

    public sealed record ReasonView(string Code, string Description, string Regulation, IReadOnlyList<MilestoneKind> AppliesTo);

    public sealed class Handler(TimelinessRules rules) : IQueryHandler<Query, IReadOnlyList<ReasonView>>
    {
        public ValueTask<IReadOnlyList<ReasonView>> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<ReasonView>>(rules.ExceptionReasons.Values
                .Select(r => new ReasonView(r.Code, r.Description, r.Regulation, r.AppliesTo.Order().ToList()))
                .ToList());
    }
}
