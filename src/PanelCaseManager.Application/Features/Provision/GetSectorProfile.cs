using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// A sector's profile with every version it has had: the published one, the retired ones that past decisions
/// were made against and, for administrators, the draft.
/// </summary>
public static class GetSectorProfile
{
    [RequiresPolicy(Policies.SignedIn)]
    [ReadsNoPersonalData]
    public sealed record Query(Guid Id) : IQuery<Details>;

    public sealed record Details(Guid Id, string Code, string Name, ProvisionKind Kind, int Version, int? PublishedVersion, IReadOnlyList<SectorProfileVersionView> Versions);

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, IAuthorizationService authorization, Sen2Catalogue sen2) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var sector = await db.Sectors.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SectorId(query.Id), cancellationToken)
                         ?? throw new NotFoundException("Sector profile", query.Id);
            var seesDrafts = (await authorization.AuthorizeAsync(currentUser.Principal, Policies.Administer)).Succeeded;
            var versions = sector.Versions.Where(v => seesDrafts || v.Status != ProfileStatus.Draft).OrderByDescending(v => v.Number).ToList();
            if (versions.Count == 0)
            {
                throw new NotFoundException("Sector profile", query.Id);
            }

            var views = versions.Select(v => SectorProfileVersionView.From(v, sen2)).ToList();
            if (seesDrafts)
            {
                var names = await AuthorNamesAsync(versions, cancellationToken);
                views = views.Zip(versions, (view, v) => view with
                {
                    CreatedBy = names(v.CreatedBy),
                    PublishedBy = v.PublishedBy is { } published ? names(published) : null,
                    RetiredBy = v.RetiredBy is { } retired ? names(retired) : null,
                }).ToList();
            }

            return new Details(
                sector.Id.Value,
                sector.Code,
                sector.Name,
                sector.Kind,
                sector.Version,
                sector.Published?.Number,
                views);
        }

        /// <summary>The display names of the people who wrote, published or retired the versions; an id nobody has (the default catalogue's loader) reads as itself.</summary>
        private async Task<Func<UserId, string>> AuthorNamesAsync(IReadOnlyList<SectorProfileVersion> versions, CancellationToken cancellationToken)
        {
            var ids = versions.SelectMany(v => new[] { v.CreatedBy, v.PublishedBy ?? v.CreatedBy, v.RetiredBy ?? v.CreatedBy }).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            return id => names.GetValueOrDefault(id, id.Value);
        }
    }
}
