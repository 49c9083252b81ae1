using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Consultations;

/// <summary>An officer records a consulted setting's reply.</summary>
public static class RecordConsultationResponse
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Guid ConsultationId, int? ExpectedVersion, DateOnly? RespondedOn, ConsultationResponse? Response, string? Summary)
        : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid Id, bool Late, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ConsultationId).NotEmpty().WithMessage("Give the id of the consultation.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the consultation you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.RespondedOn)
                .NotNull().WithMessage("Enter the date of the setting's response.")
                .LessThanOrEqualTo(today).WithMessage("The date of the response cannot be in the future.");
            RuleFor(c => c.Response).NotNull().WithMessage($"Choose the response: {string.Join(", ", Enum.GetNames<ConsultationResponse>())}.").IsInEnum().WithMessage($"Choose the response: {string.Join(", ", Enum.GetNames<ConsultationResponse>())}.");
            RuleFor(c => c.Summary)
                .NotEmpty().WithMessage("Summarise the setting's response.")
                .MaximumLength(Consultation.TextMaxLength).WithMessage($"The summary must be {Consultation.TextMaxLength} characters or fewer.");
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
            consultation.RecordResponse(command.RespondedOn!.Value, command.Response!.Value, command.Summary!, currentUser.Id, clock.GetUtcNow());
            return new Result(consultation.Id, consultation.RespondedOn > consultation.DueOn, consultation.Version + 1);
        }
    }
}
