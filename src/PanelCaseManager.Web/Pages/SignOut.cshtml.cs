using PanelCaseManager.Web.Ui;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages;

/// <summary>
/// Signing out is a form post (with its antiforgery token), so that a link elsewhere cannot sign anyone out. It ends
/// every session of the account (docs/adr/0135): this cookie, a copy of it replayed later, other browsers and the
/// tokens the service issued. A session started at Microsoft Entra is ended there too, so that the next person at the
/// computer signs in afresh.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(IAuthenticationSchemeProvider schemes, ISender sender) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(Url.To("/Index"));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var signedInWith = User.FindFirst(SignInAccounts.SignedInWithClaim)?.Value;
        if (User.Identity?.IsAuthenticated == true)
        {
            try
            {
                await sender.Send(new SignOutEverywhere.Command(), cancellationToken);
            }
            catch (ForbiddenException)
            {
                // The account was closed a moment ago: its sessions have ended already.
            }
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (signedInWith is not null && await schemes.GetSchemeAsync(signedInWith) is { } scheme && scheme.Name != CookieAuthenticationDefaults.AuthenticationScheme)
        {
            return SignOut(new AuthenticationProperties { RedirectUri = Url.To("/SignedOut") }, scheme.Name);
        }

        return LocalRedirect(Url.To("/SignedOut"));
    }
}
