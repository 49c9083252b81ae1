using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// An officer tells the family why an open deadline is late and the day it is now expected (SEND Code of Practice
/// 9.42: a family is told when a time limit will not be met, and why). The family's pages show the reason and the new
/// date beside the "Late" tag; the statutory date does not move, so the worklist and the timeliness report still
/// count it as missed. Recording it again replaces what the family reads.
/// </summary>
public static class ExplainLateDeadline
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, MilestoneKind? Milestone, Agency? Agency, string? Reason, DateOnly? ExpectedBy)
        : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid PlacementRequestId, int Sequence, MilestoneKind Milestone, Agency? Agency, DateOnly ExpectedBy, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
            RuleFor(c => c.Milestone)
                .NotNull().WithMessage("Say which deadline is late.")
                .IsInEnum().WithMessage("That is not a statutory deadline.");
            RuleFor(c => c.Agency).IsInEnum().WithMessage("That is not an agency.");

            // The domain's own rules, by field: an open deadline of a running case, a reason, a date after the statutory one.
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.PlacementRequestId == Guid.Empty || c.Milestone is not { } kind || !Enum.IsDefined(kind) || (c.Agency is { } a && !Enum.IsDefined(a)))
                {
                    return;
                }

                var caseClock = await db.CaseClocks.AsNoTracking().WithMilestones()
                    .SingleOrDefaultAsync(x => x.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                if (caseClock is null)
                {
                    return;
                }

                foreach (var problem in caseClock.ProblemsExplainingLate(kind, c.Agency, c.Reason, c.ExpectedBy, UkCalendar.Today(clock)))
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
            var caseClock = await db.CaseClocks.WithMilestones()
                                .SingleOrDefaultAsync(c => c.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), cancellationToken)
                            ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            var explained = caseClock.ExplainLate(command.Milestone!.Value, command.Agency, command.Reason!, command.ExpectedBy!.Value,
                currentUser.Id, clock.GetUtcNow(), UkCalendar.Today(clock));
            return new Result(command.PlacementRequestId, explained.Sequence, explained.Kind, explained.Agency, explained.ExpectedBy, caseClock.Version + 1);
        }
    }
}
