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

    /// <summary>The filter's value for everyone who sits on panels, chairs and members together.</summary>
    public const string PanelMembers = "panel";

    public IReadOnlyList<Choice> RoleChoices { get; } =
        [.. UserForm.RoleChoices(includeAny: true), new(PanelMembers, "Panel members and chairs")];

    public bool ShowsPanelMembers => Role == PanelMembers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Role? role = null;
        if (ShowsPanelMembers)
        {
            Users = await sender.Send(new ListUsers.Query(null, PanelMembers: true), cancellationToken);
            return;
        }

        if (!string.IsNullOrEmpty(Role))
        {
            if (FormEnum.Parse<Role>(Role) is { } parsed)
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
