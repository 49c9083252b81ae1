using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.PlacementRequests.Drafts;

/// <summary>
/// Saves one step of a draft request. The step's answers are checked with the same rules as the submission, so
/// the officer hears about a mistake on the page where they made it; nothing is saved while the step has one.
/// </summary>
public static class SaveRequestDraft
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid DraftId, RequestDraftStep Step, SubmitPlacementRequest.Command Answers) : ICommand<Result>;

    /// <param name="Submitted">True when the draft had already become a case; nothing was changed.</param>
    public sealed record Result(Guid DraftId, bool Submitted, Guid? SubmittedRequestId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Step).IsInEnum().WithMessage("Unknown step.");
            RuleFor(c => c.Answers).NotNull().WithMessage("Give the step's answers.");
        }
    }

    public sealed class Handler(
        PanelDbContext db,
        ICurrentUser currentUser,
        IValidator<SubmitPlacementRequest.Command> rules,
        IOptions<RequestDraftOptions> options,
        TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var draft = await db.FindOwnAsync(command.DraftId, currentUser.Id, now.AddDays(-options.Value.LifetimeDays), cancellationToken);
            if (draft.IsSubmitted)
            {
                return new Result(draft.Id, true, draft.SubmittedRequestId);
            }

            var merged = RequestDraftSteps.Merge(RequestDraftSteps.Deserialise(draft.AnswersJson!), command.Step, command.Answers);
            var checkedAnswers = await rules.ValidateAsync(merged, cancellationToken);
            var stepErrors = checkedAnswers.Errors
                .Select(e => (Field: FieldNames.ToJsonPath(e.PropertyName), e.ErrorMessage))
                .Where(e => RequestDraftSteps.StepOf(e.Field) == command.Step)
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
            if (stepErrors.Count > 0)
            {
                throw new RequestValidationException(stepErrors);
            }

            draft.Save(RequestDraftSteps.Serialise(merged), now);
            return new Result(draft.Id, false, null);
        }
    }
}
