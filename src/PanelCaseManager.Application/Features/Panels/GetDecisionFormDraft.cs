using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>What the caller last typed into the decision form for a case at a meeting, if anything.</summary>
public static class GetDecisionFormDraft
{
    [RequiresPolicy(Policies.RecordPanelViews)]
    public sealed record Query(Guid PanelId, Guid PlacementRequestId) : IQuery<Draft>, ICaseScoped, IPanelScoped, IThroughPanel;

    /// <param name="Answers">Null when the caller has kept nothing for this case.</param>
    public sealed record Draft(RecordDecision.Command? Answers, DateTimeOffset? SavedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser) : IQueryHandler<Query, Draft>
    {
        public async ValueTask<Draft> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var me = currentUser.Id;
            var draft = await db.DecisionFormDrafts.AsNoTracking()
                .Where(d => d.PanelMeetingId == query.PanelId && d.PlacementRequestId == caseId && d.OwnerId == me)
                .Select(d => new { d.AnswersJson, d.UpdatedAt })
                .SingleOrDefaultAsync(cancellationToken);
            return draft is null
                ? new Draft(null, null)
                : new Draft(JsonSerializer.Deserialize<RecordDecision.Command>(draft.AnswersJson, SaveDecisionFormDraft.Json), draft.UpdatedAt);
        }
    }
}
