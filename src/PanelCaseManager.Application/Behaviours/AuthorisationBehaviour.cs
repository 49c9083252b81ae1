using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>
/// Runs the policy the request type names on the current user, then, for a request about one case, panel,
/// decision, letter or child, checks that the user may see it (<see cref="CaseAccess"/>). What the user may not see is
/// "not found", whatever the reason — another team's case, a case they declared a conflict of interest in, papers
/// closed after the meeting — so its existence is not given away. A request type that names no policy never runs.
/// </summary>
public sealed class AuthorisationBehaviour<TMessage, TResponse>(ICurrentUser currentUser, IAuthorizationService authorization, CaseAccess caseAccess)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    /// <summary>Reads through a panel show its members only papers already frozen; commands may freeze them (ADR 0140).</summary>
    private static readonly bool IsRead = !typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var policy = DeclaredPolicy<TMessage>.Name
                     ?? throw new InvalidOperationException($"{typeof(TMessage).FullName} declares no authorisation policy; add [RequiresPolicy].");

        if (!currentUser.IsAuthenticated)
        {
            throw new UnauthenticatedException();
        }

        var result = await authorization.AuthorizeAsync(currentUser.Principal, message, policy);
        if (!result.Succeeded)
        {
            throw new ForbiddenException("Your role does not allow you to do this.");
        }

        // A background job acts as the system, not as a person with an account: its policy is all it needs.
        if (currentUser.Principal.HasClaim(c => c.Type == SystemPrincipal.SystemJobClaim))
        {
            return await next(message, cancellationToken);
        }

        await caseAccess.AccountAsync(cancellationToken);
        if (message is IPanelScoped panel && !await caseAccess.CanSeePanelAsync(panel.PanelId, cancellationToken))
        {
            throw new NotFoundException("Panel meeting", panel.PanelId);
        }

        if (message is ICaseScoped scoped)
        {
            var throughPanel = message is IThroughPanel and IPanelScoped meeting ? meeting.PanelId : (Guid?)null;
            if (!await caseAccess.CanReachCaseAsync(scoped.PlacementRequestId, throughPanel, IsRead, cancellationToken))
            {
                throw new NotFoundException("Placement request", scoped.PlacementRequestId);
            }
        }

        if (message is IDecisionScoped decision)
        {
            var found = await caseAccess.DecisionAsync(decision.DecisionId, cancellationToken);
            if (found is not { } d || !await caseAccess.CanReachCaseAsync(d.CaseId, message is IThroughPanel ? d.PanelId : null, IsRead, cancellationToken))
            {
                throw new NotFoundException("Decision", decision.DecisionId);
            }
        }

        // A letter is seen by whoever may see its case: a family only their own children's letters.
        if (message is ILetterScoped letter
            && (await caseAccess.CaseOfLetterAsync(letter.LetterId, cancellationToken) is not { } letterCase
                || !await caseAccess.CanReachCaseAsync(letterCase, throughPanelId: null, IsRead, cancellationToken)))
        {
            throw new NotFoundException("Letter", letter.LetterId);
        }

        if (message is IChildScoped { ChildId: { } childId } && !await caseAccess.CanSeeChildAsync(childId, cancellationToken))
        {
            throw new NotFoundException("Child", childId);
        }

        return await next(message, cancellationToken);
    }

    private static class DeclaredPolicy<T>
    {
        public static readonly string? Name = typeof(T).GetCustomAttribute<RequiresPolicyAttribute>()?.Policy;
    }
}
