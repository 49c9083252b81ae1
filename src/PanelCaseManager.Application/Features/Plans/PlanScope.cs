using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// The plans a user may see: those held by the officers of their own team (an officer without a team, their own),
/// as cases are (docs/adr/0185). Anyone else sees none. A team named that is not the caller's is "not found", whether
/// or not it exists.
/// </summary>
public sealed class PlanScope(PanelDbContext db, CaseAccess access)
{
    public async Task<IQueryable<EhcPlan>> VisibleAsync(string? team, CancellationToken cancellationToken)
    {
        var account = await access.AccountAsync(cancellationToken);
        if (account.Role is not (Role.SendOfficer or Role.TeamManager))
        {
            return db.Plans.AsNoTracking().Where(_ => false);
        }

        if (!string.IsNullOrWhiteSpace(team) && !string.Equals(team.Trim(), account.Team, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotFoundException("Team", team.Trim());
        }

        var officers = access.TeamOfficers(account).Select(u => u.Id);
        return db.Plans.AsNoTracking().Where(p => officers.Contains(p.OfficerId));
    }
}
