using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Security;

/// <summary>"Sessions" in configuration: how long a session's check of its account may be reused.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>The longest a session may be checked against the account is one minute (the service's promise to administrators).</summary>
    public const int MaximumAccountCheckSeconds = 60;

    /// <summary>
    /// Each instance reuses what it read of an account (open or closed, its stamp) for this long, so a session ends at
    /// most this long after its account changes on another instance; on the instance that made the change, at once.
    /// </summary>
    public int AccountCheckSeconds { get; set; } = 30;
}

/// <summary>Why a session that was once begun is no longer let in.</summary>
public enum SessionEnd
{
    NotEnded,
    NoStamp,
    NoAccount,
    AccountClosed,
    StampChanged,
}

/// <summary>
/// Sessions that can be ended (docs/adr/0135): every browser session and every token the service issues carries the
/// security stamp of its account (<see cref="SessionStamp"/>), and every request is checked against the current one.
/// Signing out, closing the account or changing its role, team or agency gives it a new stamp, which ends every session
/// begun before. A token from the council's identity provider cannot carry our stamp, so it is refused when it was
/// issued before the account's sessions were last ended.
/// </summary>
public sealed class AccountSessions(PanelDbContext db, IMemoryCache cache, TimeProvider clock, IOptions<SessionOptions> options, AfterCommit afterCommit)
{
    /// <summary>The claim that carries the account's security stamp when the session began.</summary>
    public const string StampClaim = "session-stamp";

    /// <summary>When a browser session began (Unix seconds), for its absolute lifetime.</summary>
    public const string StartedClaim = "session-started";

    /// <summary>
    /// The account's stamp now, read afresh. Read it before reading the account a session is built from: if an
    /// administrator's change lands between the two reads, the session carries the old stamp and ends at once, rather
    /// than carrying the new stamp with the old role.
    /// </summary>
    public async Task<Guid> CurrentStampAsync(UserId userId, CancellationToken cancellationToken) =>
        await db.SessionStamps.AsNoTracking().Where(s => s.UserId == userId).Select(s => (Guid?)s.Stamp).SingleOrDefaultAsync(cancellationToken)
        ?? SessionStamp.Initial;

    /// <summary>Puts the stamp into a principal about to become a session or a token.</summary>
    public static void Stamp(ClaimsPrincipal principal, Guid stamp)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var old in identity.FindAll(StampClaim).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(StampClaim, stamp.ToString("N", CultureInfo.InvariantCulture)));
    }

    /// <summary>Whether a session the service issued (a cookie or a development token) may still be used, and if not why.</summary>
    public async Task<SessionEnd> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.FindFirst(PanelClaimTypes.Subject)?.Value is not { Length: > 0 } subject
            || !Guid.TryParseExact(principal.FindFirst(StampClaim)?.Value, "N", out var stamp))
        {
            return SessionEnd.NoStamp;
        }

        var state = await StateAsync(new UserId(subject), cancellationToken);
        return state switch
        {
            null => SessionEnd.NoAccount,
            { IsActive: false } => SessionEnd.AccountClosed,
            _ when state.Stamp != stamp => SessionEnd.StampChanged,
            _ => SessionEnd.NotEnded,
        };
    }

    /// <summary>
    /// Whether a token from the identity provider was issued before the account's sessions were last ended. Its
    /// issue time is in whole seconds, so a token issued within the same second as the end still counts as after it.
    /// </summary>
    public async Task<bool> IssuedBeforeSessionsEndedAsync(UserId userId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var state = await StateAsync(userId, cancellationToken);
        return state?.EndedAt is { } ended && issuedAt < ended.AddTicks(-(ended.UtcTicks % TimeSpan.TicksPerSecond));
    }

    /// <summary>Ends every session of the account: a new stamp, noticed at once on this instance and within the check time on others.</summary>
    public async Task EndSessionsAsync(UserId userId, CancellationToken cancellationToken)
    {
        var row = await db.SessionStamps.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (row is null)
        {
            row = SessionStamp.For(userId);
            db.SessionStamps.Add(row);
        }

        row.EndSessions(clock.GetUtcNow());

        // Forgotten once the new stamp is committed: forgetting now would let a request arriving before the commit read
        // the old stamp and keep it for the check time.
        afterCommit.Add(() => Forget(userId));
    }

    /// <summary>Drops what this instance remembers of the account, so the next request reads it afresh.</summary>
    public void Forget(UserId userId) => cache.Remove(Key(userId));

    private async Task<AccountState?> StateAsync(UserId userId, CancellationToken cancellationToken)
    {
        var reuseFor = TimeSpan.FromSeconds(options.Value.AccountCheckSeconds);
        var now = clock.GetUtcNow();
        if (reuseFor > TimeSpan.Zero && cache.TryGetValue(Key(userId), out Remembered? remembered) && now - remembered!.ReadAt < reuseFor)
        {
            return remembered.State;
        }

        var isActive = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => (bool?)u.IsActive).SingleOrDefaultAsync(cancellationToken);
        var stamp = await db.SessionStamps.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.Stamp, s.EndedAt }).SingleOrDefaultAsync(cancellationToken);
        var state = isActive is null ? null : new AccountState(isActive.Value, stamp?.Stamp ?? SessionStamp.Initial, stamp?.EndedAt);
        if (reuseFor > TimeSpan.Zero)
        {
            // Kept by the app's clock (above) and dropped by the real one, whichever comes first.
            cache.Set(Key(userId), new Remembered(state, now), reuseFor);
        }

        return state;
    }

    private static string Key(UserId userId) => $"account-session:{userId.Value}";

    private sealed record AccountState(bool IsActive, Guid Stamp, DateTimeOffset? EndedAt);

    private sealed record Remembered(AccountState? State, DateTimeOffset ReadAt);
}
