using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Identity;

/// <summary>The seeded personas anyone may act as in Development: read from the database, never from code.</summary>
internal sealed class DevelopmentPersonas(PanelDbContext db, AccountSessions sessions)
{
    public sealed record PersonaView(string Id, string Name, Role Role, string? Team, Agency? Agency);

    /// <summary>The personas by role in the order of the <see cref="Role"/> enum (officers first), then by name.</summary>
    public async Task<IReadOnlyList<PersonaView>> ListAsync(CancellationToken cancellationToken)
    {
        var personas = await db.Users.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new PersonaView(u.Id.Value, u.DisplayName, u.Role, u.Team, u.Agency))
            .ToListAsync(cancellationToken);
        return personas.OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The principal of a persona, or null when there is no active account with that id.</summary>
    public async Task<ClaimsPrincipal?> PrincipalForAsync(string personaId, string authenticationType, CancellationToken cancellationToken)
    {
        // The stamp before the account, so that a change landing in between ends this session rather than outliving it.
        var stamp = await sessions.CurrentStampAsync(new UserId(personaId), cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == new UserId(personaId) && u.IsActive, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var principal = PanelClaimTypes.PrincipalFor(user, authenticationType);
        AccountSessions.Stamp(principal, stamp);
        return principal;
    }
}
