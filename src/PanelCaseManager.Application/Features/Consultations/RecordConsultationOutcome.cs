using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Consultations;

/// <summary>An officer records what the LA decided after consulting: to name the setting or not, and why.</summary>
public static class RecordConsultationOutcome
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Guid ConsultationId, int? ExpectedVersion, ConsultationOutcome? Outcome, string? Reason) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid Id, ConsultationOutcome Outcome, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ConsultationId).NotEmpty().WithMessage("Give the id of the consultation.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the consultation you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Outcome).NotNull().WithMessage($"Choose the outcome: {string.Join(", ", Enum.GetNames<ConsultationOutcome>())}.").IsInEnum().WithMessage($"Choose the outcome: {string.Join(", ", Enum.GetNames<ConsultationOutcome>())}.");
            RuleFor(c => c.Reason)
                .NotEmpty().WithMessage("Give the reason for the outcome.")
                .MaximumLength(Consultation.TextMaxLength).WithMessage($"The reason must be {Consultation.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var consultation = await db.Consultations
                                   .SingleOrDefaultAsync(c => c.Id == command.ConsultationId && c.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), cancellationToken)
                               ?? throw new NotFoundException("Consultation", command.ConsultationId);
            consultation.EnsureVersion(command.ExpectedVersion!.Value);
            consultation.RecordOutcome(command.Outcome!.Value, command.Reason!, currentUser.Id, clock.GetUtcNow());
            return new Result(consultation.Id, command.Outcome.Value, consultation.Version + 1);
        }
    }
}
