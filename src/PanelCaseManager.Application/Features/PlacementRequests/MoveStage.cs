using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>
/// An officer moves a case along its path: start evidence, mark ready for panel, return to evidence, withdraw,
/// close or reconsider. Moves made by the panel (decision, deferral) and by issuing a letter have their own use cases.
/// </summary>
public static class MoveStage
{
    /// <summary>The moves an officer makes directly; each has its own endpoint.</summary>
    public static readonly IReadOnlyList<StageTransition> OfficerTransitions =
    [
        StageTransition.StartEvidence,
        StageTransition.MarkReadyForPanel,
        StageTransition.ReturnToEvidence,
        StageTransition.Withdraw,
        StageTransition.Close,
        StageTransition.Reconsider,
    ];

    public const int ReasonMaxLength = 4000;

    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid Id,
        StageTransition Transition,
        int? ExpectedVersion,
        string? Reason,
        ReconsiderationTrigger? Trigger,
        DateOnly? TriggerDate) : ICommand<Result>, ICaseScoped
    {
        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public sealed record Result(Guid Id, Stage Stage, string StageDescription, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Transition).Must(t => OfficerTransitions.Contains(t))
                .WithMessage("This move is made by the panel or by issuing the letter, not directly.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the case you are changing (its 'version' when you read it), so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Reason)
                .NotEmpty().WithMessage(c => $"Say why, to {c.Transition.Describe()} the case.")
                .When(c => StageRules.RequiresReason(c.Transition));
            RuleFor(c => c.Reason).MaximumLength(ReasonMaxLength).WithMessage($"The reason must be {ReasonMaxLength} characters or fewer.");
            RuleFor(c => c.Trigger)
                .NotNull().WithMessage("Say what prompted the reconsideration: new evidence, mediation, a tribunal appeal or a complaint.")
                .When(c => c.Transition == StageTransition.Reconsider);
            RuleFor(c => c.TriggerDate)
                .NotNull().WithMessage("Enter the date of the new evidence, mediation, appeal or complaint.")
                .When(c => c.Transition == StageTransition.Reconsider);
            RuleFor(c => c.Trigger).Null().WithMessage("Only a reconsideration has a trigger.").When(c => c.Transition != StageTransition.Reconsider);
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var request = await db.PlacementRequests.SingleOrDefaultAsync(p => p.Id == new PlacementRequestId(command.Id), cancellationToken)
                          ?? throw new NotFoundException("Placement request", command.Id);
            request.EnsureVersion(command.ExpectedVersion!.Value);

            var by = currentUser.Id;
            var now = clock.GetUtcNow();
            switch (command.Transition)
            {
                case StageTransition.StartEvidence:
                    request.StartEvidence(by, now);
                    break;
                case StageTransition.MarkReadyForPanel:
                    request.MarkReadyForPanel(by, now);
                    break;
                case StageTransition.ReturnToEvidence:
                    request.ReturnToEvidence(command.Reason!, by, now);
                    break;
                case StageTransition.Withdraw:
                    request.Withdraw(command.Reason!, by, now);
                    break;
                case StageTransition.Close:
                    request.Close(command.Reason!, by, now);
                    break;
                case StageTransition.Reconsider:
                    request.Reconsider(command.Trigger!.Value, command.TriggerDate!.Value, command.Reason!, by, now);
                    break;
                default:
                    throw new InvalidOperationException($"{command.Transition} is not an officer's move.");
            }

            // The unit of work moves the version on when it commits this change.
            return new Result(request.Id.Value, request.Stage, request.Stage.Describe(), request.Version + 1);
        }
    }
}
