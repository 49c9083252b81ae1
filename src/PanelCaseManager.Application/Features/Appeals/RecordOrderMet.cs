using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Appeals;

/// <summary>
/// An officer records that the local authority carried out a tribunal's order, on a day and (when a notice did it) with
/// the notice that did: never before that notice was sent. A notice sent through the service meets the orders it
/// carries out by itself (<see cref="AppealsOnTheClock"/>).
/// </summary>
public static class RecordOrderMet
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Guid AppealId, Guid OrderId, int? ExpectedVersion, DateOnly? MetOn, Guid? MetByNoticeId)
        : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid AppealId, Guid OrderId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.AppealId).NotEmpty().WithMessage("Give the id of the appeal.");
            RuleFor(c => c.OrderId).NotEmpty().WithMessage("Give the id of the order.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the appeal you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.MetOn).NotNull().WithMessage("Enter the day the order was carried out.");

            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.MetOn is null || c.AppealId == Guid.Empty || c.OrderId == Guid.Empty)
                {
                    return;
                }

                var caseId = new PlacementRequestId(c.PlacementRequestId);
                var appeal = await db.TribunalAppeals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == c.AppealId && a.PlacementRequestId == caseId, ct);
                if (appeal is null || appeal.Orders.All(o => o.Id != c.OrderId))
                {
                    return;
                }

                IssuedLetter? notice = null;
                if (c.MetByNoticeId is { } noticeId)
                {
                    notice = await db.IssuedLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == noticeId && l.PlacementRequestId == caseId, ct);
                    if (notice is null)
                    {
                        context.AddFailure(TribunalAppeal.OrderMetByNoticeField, "Choose a letter sent on this case, or none.");
                        return;
                    }
                }

                foreach (var problem in appeal.ProblemsMeetingOrder(c.OrderId, c.MetOn, notice, UkCalendar.Today(clock)))
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
            if (appeal.Orders.All(o => o.Id != command.OrderId))
            {
                throw new NotFoundException("Tribunal order", command.OrderId);
            }

            appeal.EnsureVersion(command.ExpectedVersion!.Value);
            IssuedLetter? notice = null;
            if (command.MetByNoticeId is { } noticeId)
            {
                notice = await db.IssuedLetters.SingleOrDefaultAsync(l => l.Id == noticeId && l.PlacementRequestId == appeal.PlacementRequestId, cancellationToken)
                         ?? throw new NotFoundException("Letter on this case", noticeId);
            }

            appeal.MeetOrder(command.OrderId, command.MetOn!.Value, notice, UkCalendar.Today(clock), currentUser.Id, clock.GetUtcNow());
            return new Result(appeal.Id, command.OrderId, appeal.Version + (appeal.DomainEvents.Count > 0 ? 1 : 0));
        }
    }
}
