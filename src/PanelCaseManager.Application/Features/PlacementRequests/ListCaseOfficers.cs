using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>
/// The SEND officers and team managers who can hold cases, to assign a case or filter a caseload by: for an officer or
/// a manager, those of their own team (the only ones they may assign a case to); for an auditor, everyone's; for
/// panel members and chairs, who hold no caseload, none.
/// </summary>
public static class ListCaseOfficers
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query : IQuery<IReadOnlyList<CaseOfficer>>;

    public sealed record CaseOfficer(string Id, string Name, string? Team, Role Role);

    public sealed class Handler(PanelDbContext db, CaseAccess access) : IQueryHandler<Query, IReadOnlyList<CaseOfficer>>
    {
        public async ValueTask<IReadOnlyList<CaseOfficer>> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await access.AccountAsync(cancellationToken);
            var officers = account.Role switch
            {
                Role.Auditor => db.Users.AsNoTracking().Where(u => u.Role == Role.SendOfficer || u.Role == Role.TeamManager),
                Role.SendOfficer or Role.TeamManager => access.TeamOfficers(account),
                _ => db.Users.Where(_ => false),
            };
            return await officers
                .Where(u => u.IsActive)
                .OrderBy(u => u.DisplayName)
                .Select(u => new CaseOfficer(u.Id.Value, u.DisplayName, u.Team, u.Role))
                .ToListAsync(cancellationToken);
        }
    }
}
