using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>An administrator adopts a new version of the panel's terms of reference, in force from a date not yet past.</summary>
public static class AdoptTermsOfReference
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(
        DateOnly? EffectiveFrom,
        string? Purpose,
        string? DecisionMaking,
        IReadOnlyList<Agency>? QuorumAgencies,
        int? QuorumMinimumMembers,
        int? EvidenceCutOffWorkingDays,
        TimeOnly? EvidenceCutOffTime) : ICommand<Result>, IIdempotentCommand
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(int Number, DateOnly EffectiveFrom);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.EffectiveFrom)
                .NotNull().WithMessage("Enter the date the terms come into force.")
                .GreaterThanOrEqualTo(today).WithMessage("Terms of reference cannot be back-dated.");
            RuleFor(c => c.Purpose)
                .NotEmpty().WithMessage("State the panel's purpose.")
                .MaximumLength(TermsOfReference.TextMaxLength).WithMessage($"This must be {TermsOfReference.TextMaxLength} characters or fewer.");
            RuleFor(c => c.DecisionMaking)
                .NotEmpty().WithMessage("State how the panel makes its decisions.")
                .MaximumLength(TermsOfReference.TextMaxLength).WithMessage($"This must be {TermsOfReference.TextMaxLength} characters or fewer.");
            RuleFor(c => c.QuorumAgencies).NotEmpty().WithMessage("Name the agencies that must be represented for a quorum.");
            RuleForEach(c => c.QuorumAgencies).IsInEnum().WithMessage($"Use the agencies {string.Join(", ", Enum.GetNames<Agency>())}.");
            RuleFor(c => c.QuorumMinimumMembers)
                .NotNull().WithMessage("Give the least number of members for a quorum.")
                .GreaterThanOrEqualTo(1).WithMessage("A quorum needs at least one member.")
                .Must((c, minimum) => minimum >= (c.QuorumAgencies?.Distinct().Count() ?? 0))
                .WithMessage("The least number of members cannot be fewer than the agencies that must be represented.");
            RuleFor(c => c.EvidenceCutOffWorkingDays)
                .NotNull().WithMessage("Give the evidence cut-off in working days before the meeting.")
                .InclusiveBetween(0, TermsOfReference.MaximumCutOffWorkingDays)
                .WithMessage($"The cut-off is 0 to {TermsOfReference.MaximumCutOffWorkingDays} working days before the meeting.");
            RuleFor(c => c.EvidenceCutOffTime).NotNull().WithMessage("Give the time of day of the cut-off, such as 17:00.");
        }
    }

    public sealed class Handler(PanelDbContext db, TermsOfReferenceRegister register, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var current = await register.LatestAsync(cancellationToken) ?? register.AdoptConfiguredDefaults();
            var terms = TermsOfReference.Adopt(
                current,
                command.EffectiveFrom!.Value,
                command.Purpose!,
                command.DecisionMaking!,
                new QuorumRule(command.QuorumAgencies!, command.QuorumMinimumMembers!.Value),
                command.EvidenceCutOffWorkingDays!.Value,
                command.EvidenceCutOffTime!.Value,
                fromConfiguration: false,
                currentUser.Id,
                clock.GetUtcNow());
            db.TermsOfReference.Add(terms);
            return new Result(terms.Number, terms.EffectiveFrom);
        }
    }
}
