using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>
/// Signing out ends every session of the account: the browser signing out, any other browser signed in as the same
/// person, and every token the service issued them (docs/adr/0135).
/// </summary>
public static class SignOutEverywhere
{
    [RequiresPolicy(Policies.SignedIn)]
    public sealed record Command : ICommand<Unit>;

    public sealed class Handler(AccountSessions sessions, ICurrentUser currentUser) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await sessions.EndSessionsAsync(currentUser.Id, cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>
/// When an administrator changes what someone may do (role, team, agency) or closes their account, the sessions they
/// began under the old terms end, in the same transaction as the change.
/// </summary>
public sealed class EndSessionsWhenAccessChanges(AccountSessions sessions) : IDomainEventHandler<UserAccessChanged>
{
    public async ValueTask Handle(UserAccessChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await sessions.EndSessionsAsync(domainEvent.Id, cancellationToken);
    }
}
