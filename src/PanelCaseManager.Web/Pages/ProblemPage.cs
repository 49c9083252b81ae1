namespace PanelCaseManager.Web.Pages;

/// <summary>What to tell someone whose request failed, by the status it failed with, in the GOV.UK pattern's words.</summary>
public sealed record ProblemPage(int Status, string Title, IReadOnlyList<string> Paragraphs)
{
    /// <summary>For a fault of ours, the trace id the service desk finds it by in the logs.</summary>
    public string? Reference { get; init; }

    /// <param name="failedPath">The address that failed, where it changes the message (too many sign-ins or too many documents).</param>
    public static ProblemPage For(int status, string? failedPath = null) => status switch
    {
        StatusCodes.Status429TooManyRequests when failedPath is not null && !IsSignIn(failedPath) => new(status, "Too many requests",
        [
            "You have made too many requests in a short time, such as downloads, previews or uploads.",
            "Wait a minute, then try again.",
        ]),
        StatusCodes.Status404NotFound => new(status, "Page not found",
        [
            "If you typed the web address, check it is correct.",
            "If you pasted the web address, check you copied the entire address.",
            "If you followed a link to a case, the case may not exist or you may not have access to it.",
        ]),
        StatusCodes.Status403Forbidden => new(status, "You do not have access to this page",
        [
            "Your role does not include this part of the service.",
            "If you think you should have access, ask your team manager.",
        ]),
        StatusCodes.Status400BadRequest => new(status, "Sorry, there is a problem with your request",
        [
            "The form may have expired, for example because you signed in again since you opened it.",
            "Go back, reload the page and try again.",
        ]),
        StatusCodes.Status429TooManyRequests => new(status, "Too many attempts to sign in",
        [
            "Wait a minute, then try again.",
        ]),
        StatusCodes.Status503ServiceUnavailable => new(status, "Sorry, the service is unavailable",
        [
            "Part of the service cannot be reached just now.",
            "Nothing you were changing was saved.",
            "Try again in a few minutes.",
        ]),
        StatusCodes.Status405MethodNotAllowed => new(status, "Sorry, there is a problem with your request",
        [
            "Go back and try again from the page you were on.",
        ]),
        _ => new(StatusCodes.Status500InternalServerError, "Sorry, there is a problem with the service",
        [
            "Try again later.",
            "Nothing you were changing was saved.",
            "If it keeps happening, tell the service desk the time it happened.",
        ]),
    };

    private static bool IsSignIn(string path) => path.StartsWith("/sign", StringComparison.OrdinalIgnoreCase);
}
