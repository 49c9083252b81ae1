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
/// An officer records the day the family was told that an exception applies (CoP 9.42: the family must be told),
/// for an exception recorded before they were. Recording it again corrects the day.
/// </summary>
public static class RecordExceptionToldToFamily
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, int Sequence, DateOnly? ToldOn) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid PlacementRequestId, int Sequence, DateOnly ToldOn, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
            RuleFor(c => c.Sequence).GreaterThan(0).WithMessage("Say which exception: its number on the case, 1 or more.");
            RuleFor(c => c.ToldOn)
                .NotNull().WithMessage("Enter the date the family was told.")
                .Must(d => d <= UkCalendar.Today(clock)).WithMessage("The day the family was told cannot be in the future.")
                .When(c => c.ToldOn is not null, ApplyConditionTo.CurrentValidator);
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.ToldOn is not { } told || c.PlacementRequestId == Guid.Empty)
                {
                    return;
                }

                var received = await db.CaseClocks.AsNoTracking().Where(x => x.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId))
                    .Select(x => (DateOnly?)x.ReceivedDate).SingleOrDefaultAsync(ct);
                if (received is { } r && told < r)
                {
                    context.AddFailure("toldOn", $"The family cannot have been told before the request was received ({r:yyyy-MM-dd}).");
                }
            });
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseClock = await db.CaseClocks
                                .SingleOrDefaultAsync(c => c.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), cancellationToken)
                            ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            if (caseClock.Exceptions.All(e => e.Sequence != command.Sequence))
            {
                throw new NotFoundException("Exception", $"{command.Sequence} of placement request {command.PlacementRequestId}");
            }

            caseClock.RecordFamilyTold(command.Sequence, command.ToldOn!.Value, currentUser.Id, clock.GetUtcNow(), UkCalendar.Today(clock));
            return new Result(command.PlacementRequestId, command.Sequence, command.ToldOn.Value, caseClock.Version + 1);
        }
    }
}
