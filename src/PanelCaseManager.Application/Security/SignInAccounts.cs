using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Security;

/// <summary>
/// The way a person or system came in: staff through the council's Microsoft Entra ID tenant, families through its
/// Entra External ID tenant, integrating systems (and staff tools) with a bearer token from the council's tenant.
/// </summary>
public enum SignInDoor
{
    Staff,
    Families,
    Api,
}

/// <summary>Why a token that the identity provider vouched for still does not let its holder in.</summary>
public enum SignInRefusal
{
    NotIdentified,
    WrongTenant,
    NoKnownRole,
    NoAccount,
    AccountClosed,
    RoleNotGranted,
    StaffAccountAtFamilyDoor,
    FamilyAccountAtStaffDoor,
    NoLinkedChild,
}

/// <summary>Who signed in (our principal, built from their account), or why they may not.</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, Role? Role, SignInRefusal? Refusal, string? ObjectId)
{
    public bool Succeeded => Principal is not null;
}

/// <summary>
/// Which of the service's roles each app role or group of the council's directory grants. Family is never among
/// them: only the families' tenant makes someone a family member, and it never makes anyone staff.
/// </summary>
public sealed class RoleClaims
{
    private readonly Dictionary<string, Role[]> _rolesByValue;

    public RoleClaims(IReadOnlyDictionary<Role, IReadOnlyList<string>> valuesByRole)
    {
        ArgumentNullException.ThrowIfNull(valuesByRole);
        if (valuesByRole.ContainsKey(Role.Family))
        {
            throw new ArgumentException("The family role is given by the families' sign-in alone, never by a staff app role or group.", nameof(valuesByRole));
        }

        _rolesByValue = valuesByRole
            .SelectMany(pair => pair.Value.Select(value => (Value: value.Trim(), Role: pair.Key)))
            .GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Role).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each staff role granted by an app role of the same name: the default when configuration maps none.</summary>
    public static RoleClaims AppRolesNamedAfterRoles() =>
        new(Enum.GetValues<Role>().Where(r => r != Role.Family).ToDictionary(r => r, r => (IReadOnlyList<string>)[r.ToString()]));

    /// <summary>The roles granted by a token's app roles and groups; values this service does not know grant nothing.</summary>
    public IReadOnlySet<Role> GrantedBy(ClaimsPrincipal token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Claims
            .Where(c => TokenClaims.RoleTypes.Contains(c.Type) || c.Type == TokenClaims.Groups)
            .SelectMany(c => _rolesByValue.GetValueOrDefault(c.Value, []))
            .ToHashSet();
    }
}

/// <summary>The claims of a Microsoft identity platform token, whether or not the handler mapped them to long names.</summary>
public static class TokenClaims
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";
    public const string Groups = "groups";
    public static readonly string[] ObjectIdTypes = [ObjectId, "http://schemas.microsoft.com/identity/claims/objectidentifier"];
    public static readonly string[] TenantIdTypes = [TenantId, "http://schemas.microsoft.com/identity/claims/tenantid"];
    public static readonly string[] RoleTypes = ["roles", ClaimTypes.Role];

    public static string? First(ClaimsPrincipal principal, IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }
}

/// <summary>
/// Turns a token the identity provider has vouched for into the service's own principal. The person is matched to
/// their account by the token's object id; the account says what they do here (role, team, agency, linked children),
/// and the directory must grant that role. Someone with no account is refused, never provisioned (docs/adr/0180).
/// </summary>
public sealed class SignInAccounts(PanelDbContext db, AccountSessions sessions)
{
    /// <summary>The claim naming the scheme a browser session was started with, so that signing out ends it there too.</summary>
    public const string SignedInWithClaim = "signed-in-with";

    public async Task<SignInOutcome> ResolveAsync(
        SignInDoor door,
        ClaimsPrincipal token,
        string tenantId,
        RoleClaims roleClaims,
        string authenticationType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(roleClaims);
        var objectId = TokenClaims.First(token, TokenClaims.ObjectIdTypes);
        if (objectId is null || objectId.Length > PanelDbContext.UserIdMaxLength)
        {
            return Refused(SignInRefusal.NotIdentified, null);
        }

        if (!string.Equals(TokenClaims.First(token, TokenClaims.TenantIdTypes), tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(SignInRefusal.WrongTenant, objectId);
        }

        var granted = door == SignInDoor.Families ? new HashSet<Role> { Role.Family } : roleClaims.GrantedBy(token);
        if (granted.Count == 0)
        {
            return Refused(SignInRefusal.NoKnownRole, objectId);
        }

        // The stamp before the account, so that a change landing in between ends this session rather than outliving it.
        var stamp = await sessions.CurrentStampAsync(new UserId(objectId), cancellationToken);
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == new UserId(objectId), cancellationToken);
        if (account is null)
        {
            return Refused(SignInRefusal.NoAccount, objectId);
        }

        if (!account.IsActive)
        {
            return Refused(SignInRefusal.AccountClosed, objectId);
        }

        if (door == SignInDoor.Families && account.Role != Role.Family)
        {
            return Refused(SignInRefusal.StaffAccountAtFamilyDoor, objectId);
        }

        if (door != SignInDoor.Families && account.Role == Role.Family)
        {
            return Refused(SignInRefusal.FamilyAccountAtStaffDoor, objectId);
        }

        if (!granted.Contains(account.Role))
        {
            return Refused(SignInRefusal.RoleNotGranted, objectId);
        }

        if (account.Role == Role.Family && account.ChildLinks.Count == 0)
        {
            return Refused(SignInRefusal.NoLinkedChild, objectId);
        }

        var principal = PanelClaimTypes.PrincipalFor(account, authenticationType);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SignedInWithClaim, authenticationType));
        AccountSessions.Stamp(principal, stamp);
        return new SignInOutcome(principal, account.Role, null, objectId);
    }

    /// <summary>What the person is told, in words they can act on.</summary>
    public static string Explain(SignInRefusal refusal) => refusal switch
    {
        SignInRefusal.NotIdentified => "Your sign-in did not say who you are, so this service cannot find your account.",
        SignInRefusal.WrongTenant => "You signed in with an organisation this service does not accept.",
        SignInRefusal.NoKnownRole => "Your council account has not been given a role in this service.",
        SignInRefusal.NoAccount => "You do not have an account in this service yet. An administrator needs to add you before you can sign in.",
        SignInRefusal.AccountClosed => "Your account in this service has been closed.",
        SignInRefusal.RoleNotGranted => "Your council account does not give you the role your account in this service has.",
        SignInRefusal.StaffAccountAtFamilyDoor => "This is a staff account. Sign in as council staff instead.",
        SignInRefusal.FamilyAccountAtStaffDoor => "This is a family account. Sign in as a parent, carer or young person instead.",
        SignInRefusal.NoLinkedChild => "Your account is not linked to a child's case yet. The SEND team links it once they have checked who you are.",
        _ => "You cannot sign in to this service.",
    };

    /// <summary>The refusal as it appears in an address: kebab-case, e.g. no-linked-child.</summary>
    public static string Code(SignInRefusal refusal) =>
        string.Concat(refusal.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static SignInRefusal? FromCode(string? code) =>
        Enum.GetValues<SignInRefusal>().Select(r => (SignInRefusal?)r).FirstOrDefault(r => Code(r!.Value) == code);

    private static SignInOutcome Refused(SignInRefusal refusal, string? objectId) => new(null, null, refusal, objectId);
}
