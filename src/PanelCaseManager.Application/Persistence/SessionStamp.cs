using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence;

/// <summary>
/// The security stamp of an account's sessions (docs/adr/0135). Every browser session and every token the service
/// issues carries the stamp it was begun under; ending the account's sessions gives it a new one, so any session
/// carrying the old one is over. An account without a row has never had its sessions ended: its stamp is
/// <see cref="Initial"/>.
/// </summary>
public sealed class SessionStamp
{
    public static readonly Guid Initial = Guid.Empty;

    private SessionStamp()
    {
    }

    public UserId UserId { get; private set; }

    public Guid Stamp { get; private set; }

    /// <summary>When the sessions were last ended: a token from the identity provider issued before this is refused.</summary>
    public DateTimeOffset EndedAt { get; private set; }

    public static SessionStamp For(UserId userId) => new() { UserId = userId, Stamp = Initial };

    public void EndSessions(DateTimeOffset at)
    {
        Stamp = Guid.NewGuid();
        EndedAt = at;
    }
}
