using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Identity;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages;

/// <summary>
/// Signing in from the browser: council staff through Microsoft Entra ID, parents, carers and young people through
/// Entra External ID (see <see cref="EntraSignIn"/>); in Development, also as one of the seeded personas.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(IServiceProvider services, IAuthenticationSchemeProvider schemes) : PageModel
{
    private readonly DevelopmentPersonas? _personas = services.GetService<DevelopmentPersonas>();

    [BindProperty(SupportsGet = true, Name = BrowserSession.ReturnUrlParameter)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Persona { get; set; }

    public bool DevelopmentSignInAvailable => _personas is not null;

    public bool StaffSignInAvailable { get; private set; }

    public bool FamilySignInAvailable { get; private set; }

    /// <summary>They were sent here from a page, so their session has ended (or they never had one).</summary>
    public bool SessionEnded => !string.IsNullOrEmpty(ReturnUrl) && ReturnUrl.TrimEnd('/') != Url.To("/Index").TrimEnd('/');

    public IReadOnlyList<Choice> PersonaChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await FindDoorsAsync();
        if (_personas is null)
        {
            return Page();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Council staff: off to the council's Microsoft Entra ID, and back to where they were going.</summary>
    public Task<IActionResult> OnPostStaffAsync() => ChallengeAsync(EntraSignIn.StaffScheme);

    /// <summary>Parents, carers and young people: off to the council's Entra External ID.</summary>
    public Task<IActionResult> OnPostFamiliesAsync() => ChallengeAsync(EntraSignIn.FamiliesScheme);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (_personas is null)
        {
            return NotFound();
        }

        var principal = string.IsNullOrWhiteSpace(Persona) ? null : await _personas.PrincipalForAsync(Persona, "Development", cancellationToken);
        if (principal is null)
        {
            ModelState.AddModelError("persona", "Choose who to sign in as.");
            await FindDoorsAsync();
            await LoadAsync(cancellationToken);
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.To("/Index"));
    }

    private async Task<IActionResult> ChallengeAsync(string scheme)
    {
        if (await schemes.GetSchemeAsync(scheme) is null)
        {
            return NotFound();
        }

        return Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.To("/Index") }, scheme);
    }

    private async Task FindDoorsAsync()
    {
        StaffSignInAvailable = await schemes.GetSchemeAsync(EntraSignIn.StaffScheme) is not null;
        FamilySignInAvailable = await schemes.GetSchemeAsync(EntraSignIn.FamiliesScheme) is not null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var personas = await _personas!.ListAsync(cancellationToken);
        PersonaChoices = personas
            .Select(p => new Choice(p.Id, $"{p.Name}, {p.Role.Describe()}", Hint(p)))
            .ToList();
    }

    private static string? Hint(DevelopmentPersonas.PersonaView persona) =>
        (persona.Team, persona.Agency) switch
        {
            ({ } team, _) => $"{team} team",
            (_, { } agency) => agency.Title(),
            _ => null,
        };
}
