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
/// An officer records that the First-tier Tribunal (SEND) registered the family's appeal against a notice that carries
/// the right of appeal (CFA 2014 s.51(2)): what it is about and the dates the tribunal set. One open appeal per notice.
/// </summary>
public static class RegisterAppeal
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        Guid NoticeId,
        AppealSubject? Subject,
        DateOnly? RegisteredOn,
        DateOnly? ResponseDueOn,
        DateOnly? EvidenceDueOn,
        DateOnly? HearingOn) : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, Guid NoticeId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            var subjects = string.Join(", ", Enum.GetNames<AppealSubject>());
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.NoticeId).NotEmpty().WithMessage("Choose the notice the family appealed against.");
            RuleFor(c => c.Subject).NotNull().WithMessage($"Say what the appeal is about: one of {subjects}.").IsInEnum().WithMessage($"Say what the appeal is about: one of {subjects}.");
            RuleFor(c => c.RegisteredOn).NotNull().WithMessage("Enter the day the tribunal registered the appeal.");

            // The notice carries the right of appeal, the appeal is about what it can be, and the dates are in order: the domain's rules, by field.
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.Subject is not { } subject || !Enum.IsDefined(subject) || c.RegisteredOn is not { } registered || c.NoticeId == Guid.Empty)
                {
                    return;
                }

                var notice = await db.IssuedLetters.AsNoTracking()
                    .SingleOrDefaultAsync(l => l.Id == c.NoticeId && l.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                if (notice is null)
                {
                    return;
                }

                foreach (var problem in TribunalAppeal.ProblemsRegistering(notice, subject, registered, c.ResponseDueOn, c.EvidenceDueOn, c.HearingOn, UkCalendar.Today(clock)))
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
            var earlier = await db.TribunalAppeals.Where(a => a.NoticeLetterId == notice.Id).ToListAsync(cancellationToken);
            if (earlier.Any(a => a.IsOpen))
            {
                throw new DomainRuleException("appeal-recorded",
                    $"An appeal against notice {notice.Reference} is already recorded and still open: update that appeal instead.");
            }

            var appeal = TribunalAppeal.Register(notice, command.Subject!.Value, command.RegisteredOn!.Value, command.ResponseDueOn, command.EvidenceDueOn, command.HearingOn,
                UkCalendar.Today(clock), currentUser.Id, clock.GetUtcNow());
            db.TribunalAppeals.Add(appeal);
            return new Result(appeal.Id, command.PlacementRequestId, notice.Id, appeal.Version);
        }
    }
}
