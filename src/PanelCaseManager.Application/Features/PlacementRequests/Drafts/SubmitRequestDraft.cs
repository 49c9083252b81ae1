using Mediator;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.PlacementRequests.Drafts;

/// <summary>
/// Turns a finished draft into a placement request, in one transaction. The draft's id is the submission's
/// Idempotency-Key, so however many times the officer presses the button there is one case.
/// </summary>
public static class SubmitRequestDraft
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid DraftId) : ICommand<Result>;

    /// <param name="AlreadySubmitted">True when an earlier submission of this draft made the case.</param>
    public sealed record Result(Guid Id, string Reference, bool AlreadySubmitted);

    public static string IdempotencyKeyFor(Guid draftId) => $"request-draft:{draftId:N}";

    public sealed class Handler(PanelDbContext db, ISender sender, ICurrentUser currentUser, IOptions<RequestDraftOptions> options, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var draft = await db.FindOwnAsync(command.DraftId, currentUser.Id, now.AddDays(-options.Value.LifetimeDays), cancellationToken);
            if (draft.IsSubmitted)
            {
                return new Result(draft.SubmittedRequestId!.Value, draft.SubmittedReference!, AlreadySubmitted: true);
            }

            // Runs inside this command's transaction: the case and the draft's change commit together.
            var answers = RequestDraftSteps.Deserialise(draft.AnswersJson!) with { IdempotencyKey = IdempotencyKeyFor(draft.Id) };
            var created = await sender.Send(answers, cancellationToken);
            draft.MarkSubmitted(created.Id, created.Reference, now);
            return new Result(created.Id, created.Reference, AlreadySubmitted: false);
        }
    }
}
