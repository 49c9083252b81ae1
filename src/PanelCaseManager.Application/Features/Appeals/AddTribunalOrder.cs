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
/// An officer records an order the tribunal made on an appeal it allowed (or what an unopposed appeal requires): it
/// becomes a deadline on the case's statutory clock, with its period from configuration (SEND Regulations 2014 reg 44, 45).
/// </summary>
public static class AddTribunalOrder
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Guid AppealId, int? ExpectedVersion, TribunalOrderKind? Kind, DateOnly? MadeOn)
        : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid AppealId, Guid OrderId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            var kinds = string.Join(", ", Enum.GetNames<TribunalOrderKind>());
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.AppealId).NotEmpty().WithMessage("Give the id of the appeal.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the appeal you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Kind).NotNull().WithMessage($"Choose what the tribunal ordered: one of {kinds}.").IsInEnum().WithMessage($"Choose what the tribunal ordered: one of {kinds}.");
            RuleFor(c => c.MadeOn).NotNull().WithMessage("Enter the date of the order.");

            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.Kind is not { } kind || !Enum.IsDefined(kind) || c.MadeOn is null || c.AppealId == Guid.Empty)
                {
                    return;
                }

                var appeal = await db.TribunalAppeals.AsNoTracking()
                    .SingleOrDefaultAsync(a => a.Id == c.AppealId && a.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                if (appeal is null)
                {
                    return;
                }

                foreach (var problem in appeal.ProblemsAddingOrder(kind, c.MadeOn, UkCalendar.Today(clock)))
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
            var order = appeal.AddOrder(command.Kind!.Value, command.MadeOn!.Value, UkCalendar.Today(clock), currentUser.Id, clock.GetUtcNow());
            return new Result(appeal.Id, order.Id, appeal.Version + 1);
        }
    }
}
