using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Admin.Users;

/// <summary>An administrator adds a user, with the id their identity provider gives them.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class NewModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Team { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    public IReadOnlyList<Choice> RoleChoices { get; } = UserForm.RoleChoices(includeAny: false);

    public IReadOnlyList<Choice> AgencyChoices => UserForm.AgencyChoices;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new CreateUser.Command(UserForm.Text(Id), UserForm.Text(DisplayName), UserForm.Text(Email), UserForm.RoleOf(Role), UserForm.Text(Team), UserForm.AgencyOf(Agency));
        var (succeeded, user) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"{user!.DisplayName} can now sign in as {user.Role.Describe()}.");
        return RedirectToPage("/Admin/Users/Edit", new { id = user.Id });
    }
}
