using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>
/// An administrator edits a draft. A published or retired version is never changed: saving it becomes a new draft,
/// as the application decides. The form carries the profile's version, so a stale form changes nothing.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class EditVersionModel(ISender sender, Sen2Catalogue sen2) : PageModel
{
    public GetSectorProfile.Details Profile { get; private set; } = null!;

    public SectorProfileVersionView Edited { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty(Name = ProfileForm.Prefix)]
    public ProfileForm Form { get; set; } = new();

    public ProfileFields Fields => new(Form, sen2.All.ToList());

    public bool IsDraft => Edited.Status == ProfileStatus.Draft;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, number, cancellationToken))
        {
            return NotFound();
        }

        Version = Profile.Version;
        Form = ProfileForm.From(Edited);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, number, cancellationToken))
        {
            return NotFound();
        }

        var input = Form.ToInput(ModelState, out var fieldName);
        if (input is null)
        {
            return Page();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(
            () => ProfileForm.SendChange(() => sender.Send(new EditSectorProfileVersion.Command(id, number, Version, input), cancellationToken).AsTask()),
            fieldName);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success(result!.CreatedNewDraft
            ? $"Version {number} is unchanged: your changes are saved as version {result.Change.VersionNumber}, a draft."
            : $"The draft (version {result.Change.VersionNumber}) is saved. Nothing changes for families or cases until it is published.");
        return RedirectToPage("/Admin/SectorProfiles/Profile", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetSectorProfile.Query(id), cancellationToken);
        var edited = Profile.Versions.FirstOrDefault(v => v.Number == number);
        if (edited is null)
        {
            return false;
        }

        Edited = edited;
        return true;
    }
}
