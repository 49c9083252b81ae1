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
/// An officer records where a mediation stands: whether the family chose mediation and when they said so, the day it
/// was held and how it ended, and the certificate's date. The dates go on the case's statutory clock: the local
/// authority's 30 days to arrange mediation, the certificate's 3 working days, and the appeal deadline, which moves to
/// one month from a later certificate (HESC Rules r.20).
/// </summary>
public static class RecordMediation
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        Guid MediationId,
        int? ExpectedVersion,
        MediationChoice? Choice,
        DateOnly? ChoiceMadeOn,
        DateOnly? HeldOn,
        MediationOutcome? Outcome,
        DateOnly? CertificateIssuedOn) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid Id, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            var choices = string.Join(", ", Enum.GetNames<MediationChoice>());
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.MediationId).NotEmpty().WithMessage("Give the id of the mediation.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the mediation you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Choice).NotNull().WithMessage($"Say whether the family chose mediation: one of {choices}.").IsInEnum().WithMessage($"Say whether the family chose mediation: one of {choices}.");
            RuleFor(c => c.Outcome).IsInEnum().WithMessage($"Say how the mediation ended: one of {string.Join(", ", Enum.GetNames<MediationOutcome>())}.");

            // The order of the dates, against the contact already recorded: the domain's rules, by field.
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.Choice is not { } choice || !Enum.IsDefined(choice) || (c.Outcome is { } o && !Enum.IsDefined(o)) || c.MediationId == Guid.Empty)
                {
                    return;
                }

                var mediation = await db.Mediations.AsNoTracking()
                    .SingleOrDefaultAsync(m => m.Id == c.MediationId && m.PlacementRequestId == new PlacementRequestId(c.PlacementRequestId), ct);
                if (mediation is null)
                {
                    return;
                }

                foreach (var problem in mediation.ProblemsWith(choice, c.ChoiceMadeOn, c.HeldOn, c.Outcome, c.CertificateIssuedOn, UkCalendar.Today(clock)))
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
            var mediation = await db.Mediations.SingleOrDefaultAsync(m => m.Id == command.MediationId && m.PlacementRequestId == caseId, cancellationToken)
                            ?? throw new NotFoundException("Mediation", command.MediationId);
            mediation.EnsureVersion(command.ExpectedVersion!.Value);
            mediation.Record(command.Choice!.Value, command.ChoiceMadeOn, command.HeldOn, command.Outcome, command.CertificateIssuedOn,
                UkCalendar.Today(clock), currentUser.Id, clock.GetUtcNow());
            // The clock hears of the change from the mediation's event, in this transaction; the unit of work moves the version on.
            return new Result(mediation.Id, mediation.Version + (mediation.DomainEvents.Count > 0 ? 1 : 0));
        }
    }
}
