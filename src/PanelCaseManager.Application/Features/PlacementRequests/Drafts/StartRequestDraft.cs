using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests.Drafts;

/// <summary>An officer starts logging a request in the browser: an empty draft, held by them as its officer.</summary>
public static class StartRequestDraft
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command : ICommand<Result>;

    public sealed record Result(Guid DraftId);

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, IOptions<RequestDraftOptions> options, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var me = currentUser.Id;

            // Abandoned drafts hold a child's details: drop every expired one, whoever started it.
            var oldestKept = now.AddDays(-options.Value.LifetimeDays);
            await db.RequestDrafts.Where(d => d.UpdatedAt < oldestKept).ExecuteDeleteAsync(cancellationToken);

            var holdsCases = await db.Users.AnyAsync(u => u.Id == me && u.IsActive && (u.Role == Role.SendOfficer || u.Role == Role.TeamManager), cancellationToken);
            var draft = RequestDraft.Start(me, RequestDraftSteps.Serialise(RequestDraftSteps.Empty(holdsCases ? me.Value : null)), now);
            db.RequestDrafts.Add(draft);
            return new Result(draft.Id);
        }
    }
}
