using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Admin.SectorProfiles;

/// <summary>An administrator adds a sector, its first profile a draft. The form's token makes a second press add it once.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class NewModel(ISender sender, Sen2Catalogue sen2) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty(Name = ProfileForm.Prefix)]
    public ProfileForm Form { get; set; } = new();

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> KindChoices { get; } =
        [new(string.Empty, "Choose the kind of provision"), .. Enum.GetValues<ProvisionKind>().Select(k => new Choice(k.ToString(), k.Label()))];

    public ProfileFields Fields => new(Form, sen2.All.ToList());

    public void OnGet() => FormToken = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        FormToken ??= Guid.NewGuid();
        var input = Form.ToInput(ModelState, out var fieldName);
        if (input is null)
        {
            return Page();
        }

        ProvisionKind? kind = FormEnum.Parse<ProvisionKind>(Kind);
        var command = new CreateSectorProfile.Command(string.IsNullOrWhiteSpace(Code) ? null : Code.Trim(), kind, input)
        {
            IdempotencyKey = $"sector-profile-form:{FormToken:N}",
        };
        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask(), fieldName);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"The sector '{input.Name}' is added, with its profile as a draft (version {result!.VersionNumber}). Publish it when it is complete.");
        return RedirectToPage("/Admin/SectorProfiles/Profile", new { id = result.Id });
    }
}
