using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>The SEND officers and team managers who can hold cases, to assign a case or filter a caseload by.</summary>
public static class ListCaseOfficers
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query : IQuery<IReadOnlyList<CaseOfficer>>;

    public sealed record CaseOfficer(string Id, string Name, string? Team, Role Role);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<CaseOfficer>>
    {
        public async ValueTask<IReadOnlyList<CaseOfficer>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Users.AsNoTracking()
                .Where(u => u.IsActive && (u.Role == Role.SendOfficer || u.Role == Role.TeamManager))
                .OrderBy(u => u.DisplayName)
                .Select(u => new CaseOfficer(u.Id.Value, u.DisplayName, u.Team, u.Role))
                .ToListAsync(cancellationToken);
    }
}
