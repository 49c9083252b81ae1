using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>
/// Confirms publishing a draft or retiring the published version. The form carries the profile's version, so a
/// second press, or a change by someone else meanwhile, changes nothing.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ChangeStatusModel(ISender sender) : PageModel
{
    public GetSectorProfile.Details Profile { get; private set; } = null!;

    public SectorProfileVersionView Changed { get; private set; } = null!;

    public bool IsPublish { get; private set; }

    [BindProperty]
    public int? Version { get; set; }

    /// <summary>Whether the version is in the state this change starts from; otherwise the page explains why it cannot be made.</summary>
    public bool IsAllowedNow => Changed.Status == (IsPublish ? ProfileStatus.Draft : ProfileStatus.Published);

    public string Heading => IsPublish ? $"Publish version {Changed.Number}" : $"Retire version {Changed.Number}";

    public async Task<IActionResult> OnGetAsync(Guid id, int number, string change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, number, change, cancellationToken))
        {
            return NotFound();
        }

        Version = Profile.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int number, string change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, number, change, cancellationToken))
        {
            return NotFound();
        }

        var (succeeded, result) = await ModelState.TrySendAsync(
            () => ProfileForm.SendChange(() => IsPublish
                ? sender.Send(new PublishSectorProfileVersion.Command(id, number, Version), cancellationToken).AsTask()
                : sender.Send(new RetireSectorProfileVersion.Command(id, number, Version), cancellationToken).AsTask()));
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success(IsPublish
            ? $"Version {number} is published{(result!.RetiredVersionNumber is { } retired ? $" and version {retired} is retired" : string.Empty)}. Cases are now matched against it."
            : $"Version {number} is retired. Cases are no longer matched against {Profile.Name}.");
        return RedirectToPage("/Admin/SectorProfiles/Profile", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, int number, string change, CancellationToken cancellationToken)
    {
        Profile = await sender.Send(new GetSectorProfile.Query(id), cancellationToken);
        var changed = Profile.Versions.FirstOrDefault(v => v.Number == number);
        if (changed is null)
        {
            return false;
        }

        Changed = changed;
        IsPublish = change == "publish";
        return true;
    }
}
