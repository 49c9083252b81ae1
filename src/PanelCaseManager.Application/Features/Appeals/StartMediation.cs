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
/// An officer records that the family contacted the mediation adviser about a notice that carries the right of
/// appeal (CFA 2014 s.55; statutory-framework.md §3). One mediation per notice; a decision letter has none.
/// </summary>
public static class StartMediation
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Guid NoticeId, DateOnly? AdviserContactedOn) : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, Guid NoticeId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.NoticeId).NotEmpty().WithMessage("Choose the notice the family wants to mediate about.");
            RuleFor(c => c.AdviserContactedOn).NotNull().WithMessage("Enter the day the family contacted the mediation adviser.");

            // The contact is dated on or after the notice it is about, and not in the future: the domain's rules, by field.
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.AdviserContactedOn is not { } contacted || c.NoticeId == Guid.Empty)
                {
                    return;
                }

                var notice = await db.IssuedLetters.AsNoTracking()
                    .SingleOrDefaultAsync(l => l.Id == c.NoticeId && l.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                var problems = notice is null
                    ? (contacted > UkCalendar.Today(clock) ? [new MediationProblem(Mediation.AdviserContactedOnField, "The day the family contacted the mediation adviser cannot be in the future.")] : [])
                    : Mediation.ProblemsStarting(notice, contacted, UkCalendar.Today(clock));
                foreach (var problem in problems)
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
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var notice = await db.IssuedLetters.SingleOrDefaultAsync(l => l.Id == command.NoticeId && l.PlacementRequestId == caseId, cancellationToken)
                         ?? throw new NotFoundException("Letter on this case", command.NoticeId);
            if (await db.Mediations.AnyAsync(m => m.NoticeLetterId == notice.Id, cancellationToken))
            {
                throw new DomainRuleException("mediation-recorded",
                    $"The family's contact with the mediation adviser about notice {notice.Reference} is already recorded: update that mediation instead.");
            }

            var mediation = Mediation.Start(notice, command.AdviserContactedOn!.Value, UkCalendar.Today(clock), currentUser.Id, clock.GetUtcNow());
            db.Mediations.Add(mediation);
            return new Result(mediation.Id, command.PlacementRequestId, notice.Id, mediation.Version);
        }
    }
}
