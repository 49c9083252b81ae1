using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>
/// Runs the policy the request type names on the current user, then, for a request about one case, panel,
/// decision or letter, checks that the user may see it (<see cref="CaseAccess"/>). What the user may not see is "not found", so
/// its existence is not given away. A request type that names no policy never runs.
/// </summary>
public sealed class AuthorisationBehaviour<TMessage, TResponse>(ICurrentUser currentUser, IAuthorizationService authorization, CaseAccess caseAccess)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
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

        if (message is ICaseScoped scoped && !await caseAccess.CanSeeAsync(scoped.PlacementRequestId, cancellationToken))
        {
            throw new NotFoundException("Placement request", scoped.PlacementRequestId);
        }

        // A member who declared a conflict of interest takes no part in the case: its papers are withheld from them.
        if (message is ICaseScoped read and not IBaseCommand && await caseAccess.IsConflictedAsync(read.PlacementRequestId, cancellationToken))
        {
            throw new ForbiddenException("You declared a conflict of interest in this case, so its papers are withheld from you.");
        }

        if (message is IDecisionScoped decision
            && (await caseAccess.CaseOfDecisionAsync(decision.DecisionId, cancellationToken) is not { } caseId || !await caseAccess.CanSeeAsync(caseId, cancellationToken)))
        {
            throw new NotFoundException("Decision", decision.DecisionId);
        }

        // A letter is seen by whoever may see its case: a family only their own children's letters.
        if (message is ILetterScoped letter)
        {
            if (await caseAccess.CaseOfLetterAsync(letter.LetterId, cancellationToken) is not { } letterCase || !await caseAccess.CanSeeAsync(letterCase, cancellationToken))
            {
                throw new NotFoundException("Letter", letter.LetterId);
            }

            if (await caseAccess.IsConflictedAsync(letterCase, cancellationToken))
            {
                throw new ForbiddenException("You declared a conflict of interest in this case, so its papers are withheld from you.");
            }
        }

        return await next(message, cancellationToken);
    }

    private static class DeclaredPolicy<T>
    {
        public static readonly string? Name = typeof(T).GetCustomAttribute<RequiresPolicyAttribute>()?.Policy;
    }
}
