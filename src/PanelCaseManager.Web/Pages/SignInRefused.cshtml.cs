using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Pages;

/// <summary>
/// Where a sign-in that the identity provider accepted, but this service did not, ends: why, in plain words, and the
/// person's directory reference for the administrator. Only a known reason and a well-formed reference are shown, so
/// a crafted link cannot put words on the page.
/// </summary>
[AllowAnonymous]
public sealed class SignInRefusedModel : PageModel
{
    public string Reason { get; private set; } = string.Empty;

    public string? Reference { get; private set; }

    public void OnGet([FromQuery] string? reason, [FromQuery] string? reference)
    {
        Reason = reason == EntraSignIn.FailedCode
            ? "The answer from the sign-in service could not be accepted, perhaps because you took too long or signed in with another organisation's account."
            : SignInAccounts.FromCode(reason) is { } refusal
                ? SignInAccounts.Explain(refusal)
                : "You cannot sign in to this service.";
        Reference = Guid.TryParse(reference, out var id) ? id.ToString("D") : null;
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
