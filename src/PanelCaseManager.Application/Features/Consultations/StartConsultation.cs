using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Consultations;

/// <summary>An officer records that a setting the LA intends to name was consulted; its reply is due after the configured days (15).</summary>
public static class StartConsultation
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Guid DecisionId, string? SettingName, string? SettingUrn, string? MaintainingAuthority, DateOnly? SentOn)
        : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, DateOnly DueOn, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.DecisionId).NotEmpty().WithMessage("Give the id of the signed-off decision that names the setting or type.");
            RuleFor(c => c.SettingName)
                .NotEmpty().WithMessage("Name the setting consulted.")
                .MaximumLength(Consultation.NameMaxLength).WithMessage($"The name must be {Consultation.NameMaxLength} characters or fewer.");
            RuleFor(c => c.SettingUrn).Matches("^[0-9]{6,7}$").WithMessage("A URN is 6 or 7 digits.").When(c => !string.IsNullOrEmpty(c.SettingUrn));
            RuleFor(c => c.MaintainingAuthority).MaximumLength(Consultation.NameMaxLength).WithMessage($"This must be {Consultation.NameMaxLength} characters or fewer.");
            RuleFor(c => c.SentOn)
                .NotNull().WithMessage("Enter the date the consultation was sent.")
                .LessThanOrEqualTo(today).WithMessage("The date the consultation was sent cannot be in the future.");
        }
    }

    public sealed class Handler(PanelDbContext db, IOptions<ConsultationOptions> options, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var decision = await db.PanelDecisions.SingleOrDefaultAsync(d => d.Id == command.DecisionId && d.PlacementRequestId == caseId, cancellationToken)
                           ?? throw new NotFoundException("Decision on this case", command.DecisionId);
            if (await db.PanelDecisions.AnyAsync(d => d.SupersedesDecisionId == decision.Id && d.Status == DecisionStatus.SignedOff, cancellationToken))
            {
                throw new DomainRuleException("decision-superseded", "This decision has been superseded by a correction: consult on the decision that stands.");
            }

            var name = command.SettingName!.Trim();
            if (await db.Consultations.AnyAsync(c => c.PlacementRequestId == caseId && c.SettingName == name && c.Outcome == null, cancellationToken))
            {
                throw new DomainRuleException("consultation-open", $"{name} is already being consulted about this case.");
            }

            var consultation = Consultation.Start(
                decision, name, command.SettingUrn, command.MaintainingAuthority, command.SentOn!.Value, options.Value.ResponseDays, currentUser.Id, clock.GetUtcNow());
            db.Consultations.Add(consultation);
            return new Result(consultation.Id, command.PlacementRequestId, consultation.DueOn, consultation.Version);
        }
    }
}
