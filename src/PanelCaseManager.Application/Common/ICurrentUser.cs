using System.Security.Claims;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Common;

/// <summary>Who is asking: the signed-in user of a web request, or the persona a job or seed acts as.</summary>
public interface ICurrentUser
{
    ClaimsPrincipal Principal { get; }

    bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    UserId Id => new(Principal.FindFirst(PanelClaimTypes.Subject)?.Value
                     ?? throw new UnauthenticatedException());
}

/// <summary>The scoped holder of the principal; the web host sets it per request, a job or seed per scope.</summary>
public sealed class CurrentUser : ICurrentUser
{
    public ClaimsPrincipal Principal { get; private set; } = new(new ClaimsIdentity());

    public void Set(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        Principal = principal;
    }
}

public static class PanelClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Team = "team";
    public const string Agency = "agency";

    /// <summary>The principal of a persona, as the development sign-in and tests build it.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(Subject, user.Id.Value),
            new(Name, user.DisplayName),
            new(Role, user.Role.ToString()),
        };
        if (user.Team is not null)
        {
            claims.Add(new Claim(Team, user.Team));
        }

        if (user.Agency is not null)
        {
            claims.Add(new Claim(Agency, user.Agency.Value.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, Name, Role));
    }
}
