using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// The published sector profiles, for anyone signed in, families included: what each kind of provision is designed
/// for, in plain words. Administrators may ask for the sectors with only a draft too.
/// </summary>
public static class ListSectorProfiles
{
    [RequiresPolicy(Policies.SignedIn)]
    [ReadsNoPersonalData]
    public sealed record Query(bool IncludeUnpublished = false) : IQuery<IReadOnlyList<Summary>>;

    /// <summary>A sector with its published profile, or (for administrators) its latest draft when none is published.</summary>
    public sealed record Summary(Guid Id, string Code, string Name, ProvisionKind Kind, int Version, int? PublishedVersion, int? DraftVersion, SectorProfileVersionView? Published);

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, IAuthorizationService authorization, Sen2Catalogue sen2)
        : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            if (query.IncludeUnpublished && !(await authorization.AuthorizeAsync(currentUser.Principal, Policies.Administer)).Succeeded)
            {
                throw new ForbiddenException("Only administrators see sector profiles that are not published.");
            }

            var sectors = await db.Sectors.AsNoTracking().ToListAsync(cancellationToken);
            return sectors
                .Where(s => query.IncludeUnpublished || s.Published is not null)
                .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Code, StringComparer.Ordinal)
                .Select(s => new Summary(
                    s.Id.Value,
                    s.Code,
                    s.Name,
                    s.Kind,
                    s.Version,
                    s.Published?.Number,
                    query.IncludeUnpublished ? s.Draft?.Number : null,
                    s.Published is { } published ? SectorProfileVersionView.From(published, sen2) : null))
                .ToList();
        }
    }
}
