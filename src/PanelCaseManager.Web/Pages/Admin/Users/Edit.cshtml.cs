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

/// <summary>
/// One user: change their name, role, team or agency, or close their account; and, for a family member, link them to
/// the child of a case by its reference. Each form carries the version it was read at.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class EditModel(ISender sender) : PageModel
{
    public GetUser.Details Details { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

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

    [BindProperty]
    public string? Account { get; set; }

    [BindProperty]
    public string? CaseReference { get; set; }

    [BindProperty]
    public string? Relationship { get; set; }

    public IReadOnlyList<Choice> RoleChoices { get; } = UserForm.RoleChoices(includeAny: false);

    public IReadOnlyList<Choice> AgencyChoices => UserForm.AgencyChoices;

    public IReadOnlyList<Choice> AccountChoices { get; } = [new("active", "Active: they can sign in"), new("closed", "Closed: they can no longer sign in")];

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var u = Details.User;
        (DisplayName, Email, Role, Team, Agency, Account) = (u.DisplayName, u.Email, u.Role.ToString(), u.Team, u.Agency?.ToString(), u.IsActive ? "active" : "closed");
    }

    public async Task<IActionResult> OnPostChangeAsync(string id, CancellationToken cancellationToken)
    {
        bool? active = Account switch { "active" => true, "closed" => false, _ => null };
        var command = new UpdateUser.Command(id, UserForm.Text(DisplayName), UserForm.Text(Email), UserForm.RoleOf(Role), UserForm.Text(Team), UserForm.AgencyOf(Agency), active, Version);
        var (succeeded, user) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask(),
            field => field switch { "isActive" => "account", _ => field });
        await LoadAsync(id, cancellationToken);
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success(user!.IsActive ? $"{user.DisplayName}'s account is changed." : $"{user.DisplayName}'s account is closed: they can no longer sign in.");
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    public async Task<IActionResult> OnPostLinkAsync(string id, CancellationToken cancellationToken)
    {
        var command = new LinkFamilyMember.Command(id, UserForm.Text(CaseReference)?.ToUpperInvariant(), UserForm.Text(Relationship), Version);
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(command, cancellationToken).AsTask());
        await LoadAsync(id, cancellationToken);
        if (!succeeded)
        {
            var u = Details.User;
            (DisplayName, Email, Role, Team, Agency, Account) = (u.DisplayName, u.Email, u.Role.ToString(), u.Team, u.Agency?.ToString(), u.IsActive ? "active" : "closed");
            return Page();
        }

        TempData.Success($"{Details.User.DisplayName} can now follow {command.CaseReference}.");
        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        Details = await sender.Send(new GetUser.Query(id), cancellationToken);
        Version = Details.User.Version;
    }
}
