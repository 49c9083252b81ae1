using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.PlacementRequests.Drafts;

/// <summary>The caller's draft request: the answers so far and what is still missing or wrong, step by step.</summary>
public static class GetRequestDraft
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid DraftId) : IQuery<Draft>;

    /// <param name="Problems">What would stop the request being submitted now, by field.</param>
    public sealed record Draft(
        Guid Id,
        SubmitPlacementRequest.Command Answers,
        IReadOnlyDictionary<string, string[]> Problems,
        Guid? SubmittedRequestId,
        string? SubmittedReference)
    {
        public bool IsSubmitted => SubmittedRequestId is not null;

        public bool IsComplete(RequestDraftStep step) => !Problems.Keys.Any(k => RequestDraftSteps.StepOf(k) == step);

        public bool IsReadyToSubmit => Problems.Count == 0;
    }

    public sealed class Handler(
        PanelDbContext db,
        ICurrentUser currentUser,
        IValidator<SubmitPlacementRequest.Command> validator,
        IOptions<RequestDraftOptions> options,
        TimeProvider clock) : IQueryHandler<Query, Draft>
    {
        public async ValueTask<Draft> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var oldestKept = clock.GetUtcNow().AddDays(-options.Value.LifetimeDays);
            var draft = await db.FindOwnAsync(query.DraftId, currentUser.Id, oldestKept, cancellationToken);
            if (draft.IsSubmitted)
            {
                return new Draft(draft.Id, RequestDraftSteps.Empty(null), new Dictionary<string, string[]>(), draft.SubmittedRequestId, draft.SubmittedReference);
            }

            var answers = RequestDraftSteps.Deserialise(draft.AnswersJson!);
            var result = await validator.ValidateAsync(answers, cancellationToken);
            var problems = result.Errors
                .GroupBy(e => FieldNames.ToJsonPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
            return new Draft(draft.Id, answers, problems, null, null);
        }
    }
}
