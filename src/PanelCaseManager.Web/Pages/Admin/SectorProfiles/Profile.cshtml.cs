using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>One sector's profile with every version it has had: who drafted, published and retired each, and what each said.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ProfileModel(ISender sender) : PageModel
{
    public GetSectorProfile.Details Profile { get; private set; } = null!;

    public SectorProfileVersionView? Draft => Profile.Versions.FirstOrDefault(v => v.Status == ProfileStatus.Draft);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Profile = await sender.Send(new GetSectorProfile.Query(id), cancellationToken);

    public static string Describe(ProfileStatus status) => status switch
    {
        ProfileStatus.Draft => "Draft",
        ProfileStatus.Published => "Published",
        ProfileStatus.Retired => "Retired",
        _ => status.ToString(),
    };

    public static string TagClass(ProfileStatus status) => status switch
    {
        ProfileStatus.Draft => "govuk-tag--yellow",
        ProfileStatus.Published => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
