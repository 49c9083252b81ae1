using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Admin.Users;

/// <summary>An administrator lists the service's users, by role.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<UserView> Users { get; private set; } = [];

    public IReadOnlyList<Choice> RoleChoices { get; } = UserForm.RoleChoices(includeAny: true);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Role? role = null;
        if (!string.IsNullOrEmpty(Role))
        {
            if (Enum.TryParse<Role>(Role, out var parsed) && Enum.IsDefined(parsed))
            {
                role = parsed;
            }
            else
            {
                ModelState.AddModelError("role", "Choose a role from the list.");
                return;
            }
        }

        Users = await sender.Send(new ListUsers.Query(role), cancellationToken);
    }
}
