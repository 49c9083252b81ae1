using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PanelCaseManager.Web.Pages;

/// <summary>The page for an error status with no page of its own: page not found, no access, an expired form.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public ProblemPage Problem { get; private set; } = ProblemPage.For(StatusCodes.Status404NotFound);

    public void OnGet(int code)
    {
        // Asked for directly, rather than re-executed for another request's status: answer with that status too.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var status = original?.OriginalStatusCode ?? code;
        Problem = ProblemPage.For(status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound, original?.OriginalPath);
        Response.StatusCode = Problem.Status;
    }

    public void OnPost(int code) => OnGet(code);
}
