using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PanelCaseManager.Web.Pages;

/// <summary>Shown when a page fails: the status the exception handler chose says which message.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public ProblemPage Problem { get; private set; } = ProblemPage.For(StatusCodes.Status500InternalServerError);

    public string Title => Problem.Title;

    public void OnGet()
    {
        Problem = ProblemPage.For(Response.StatusCode);
        if (Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !Response.Headers.ContainsKey("Retry-After"))
        {
            Response.Headers.RetryAfter = Errors.DependencyFailures.RetryAfterSeconds;
        }

        if (Problem.Status >= StatusCodes.Status500InternalServerError)
        {
            Problem = Problem with { Reference = Errors.RequestFailures.TraceId(HttpContext) };
        }
    }

    public void OnPost() => OnGet();
}
