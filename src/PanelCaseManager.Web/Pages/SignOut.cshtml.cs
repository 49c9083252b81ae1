using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages;

/// <summary>
/// Signing out is a form post (with its antiforgery token), so that a link elsewhere cannot sign anyone out. A
/// session started at Microsoft Entra is ended there too, so that the next person at the computer signs in afresh.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        var signedInWith = User.FindFirst(SignInAccounts.SignedInWithClaim)?.Value;
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (signedInWith is not null && await schemes.GetSchemeAsync(signedInWith) is { } scheme && scheme.Name != CookieAuthenticationDefaults.AuthenticationScheme)
        {
            return SignOut(new AuthenticationProperties { RedirectUri = "/signed-out" }, scheme.Name);
        }

        return LocalRedirect("/signed-out");
    }
}
