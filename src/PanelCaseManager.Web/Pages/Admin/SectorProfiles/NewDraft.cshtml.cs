using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>
/// An administrator starts the next version of a profile as a draft, from the latest version's content. The form
/// carries the profile's version, so a second press, or a draft started by someone else meanwhile, changes nothing.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class NewDraftModel(ISender sender, Sen2Catalogue sen2) : PageModel
{
    public GetSectorProfile.Details Profile { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty(Name = ProfileForm.Prefix)]
    public ProfileForm Form { get; set; } = new();

    public ProfileFields Fields => new(Form, sen2.All.ToList());

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetSectorProfile.Query(id), cancellationToken);
        Version = Profile.Version;
        Form = ProfileForm.From(Profile.Versions[0]);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetSectorProfile.Query(id), cancellationToken);
        var input = Form.ToInput(ModelState, out var fieldName);
        if (input is null)
        {
            return Page();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(
            () => ProfileForm.SendChange(() => sender.Send(new StartSectorProfileDraft.Command(id, Version, input), cancellationToken).AsTask()),
            fieldName);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"Version {result!.VersionNumber} is a draft. Nothing changes for families or cases until it is published.");
        return RedirectToPage("/Admin/SectorProfiles/Profile", new { id });
    }
}
