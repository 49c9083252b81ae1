using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Appeals;

/// <summary>
/// An officer records where a tribunal appeal stands: the dates the tribunal set, the council's position (opposes,
/// concedes) or the family's withdrawal, and the tribunal's decision.
/// </summary>
public static class RecordAppeal
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        Guid AppealId,
        int? ExpectedVersion,
        DateOnly? ResponseDueOn,
        DateOnly? EvidenceDueOn,
        DateOnly? HearingOn,
        AppealPosition? Position,
        DateOnly? PositionOn,
        TribunalOutcome? Outcome,
        DateOnly? DecidedOn) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid Id, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.AppealId).NotEmpty().WithMessage("Give the id of the appeal.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the appeal you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Position).IsInEnum().WithMessage($"Say what the council's position is: one of {string.Join(", ", Enum.GetNames<AppealPosition>())}.");
            RuleFor(c => c.Outcome).IsInEnum().WithMessage($"Say what the tribunal decided: one of {string.Join(", ", Enum.GetNames<TribunalOutcome>())}.");

            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if ((c.Position is { } p && !Enum.IsDefined(p)) || (c.Outcome is { } o && !Enum.IsDefined(o)) || c.AppealId == Guid.Empty)
                {
                    return;
                }

                var appeal = await db.TribunalAppeals.AsNoTracking()
                    .SingleOrDefaultAsync(a => a.Id == c.AppealId && a.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                if (appeal is null)
                {
                    return;
                }

                foreach (var problem in appeal.ProblemsWith(c.ResponseDueOn, c.EvidenceDueOn, c.HearingOn, c.Position, c.PositionOn, c.Outcome, c.DecidedOn, UkCalendar.Today(clock)))
                {
                    context.AddFailure(problem.Field, problem.Message);
                }
            });
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var appeal = await AppealLookup.FindAsync(db, command.PlacementRequestId, command.AppealId, cancellationToken);
            appeal.EnsureVersion(command.ExpectedVersion!.Value);
            appeal.Record(command.ResponseDueOn, command.EvidenceDueOn, command.HearingOn, command.Position, command.PositionOn, command.Outcome, command.DecidedOn,
                UkCalendar.Today(clock), currentUser.Id, clock.GetUtcNow());
            return new Result(appeal.Id, appeal.Version + (appeal.DomainEvents.Count > 0 ? 1 : 0));
        }
    }
}

internal static class AppealLookup
{
    public static async Task<TribunalAppeal> FindAsync(PanelDbContext db, Guid caseId, Guid appealId, CancellationToken cancellationToken) =>
        await db.TribunalAppeals.SingleOrDefaultAsync(a => a.Id == appealId && a.PlacementRequestId == new PlacementRequestId(caseId), cancellationToken)
        ?? throw new NotFoundException("Tribunal appeal", appealId);
}
