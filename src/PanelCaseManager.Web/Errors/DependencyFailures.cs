using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Web.Errors;

/// <summary>
/// Tells a failure of a dependency (the database server stopped or failing over, the document store unreachable),
/// which a later try may get past, from a fault of ours. Such a request was not committed: it is answered 503 with a
/// Retry-After, never 500.
/// </summary>
internal sealed class DependencyFailures(IDatabaseErrors databaseErrors)
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public const string RetryAfterSeconds = "5";

    /// <summary>The dependency that could not be reached, in the words of the health report, or null for any other failure.</summary>
    public string? Unavailable(Exception exception) => exception switch
    {
        DependencyUnavailableException unavailable => unavailable.Dependency,
        _ when databaseErrors.IsUnavailable(exception) => "database",
        _ => null,
    };
}
