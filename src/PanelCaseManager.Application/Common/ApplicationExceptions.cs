namespace PanelCaseManager.Application.Common;

/// <summary>The request's fields break its rules; each field is named with what is wrong with it.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The thing asked for does not exist, or the caller may not know it exists.</summary>
public sealed class NotFoundException(string what, object key) : Exception($"{what} '{key}' was not found.")
{
    public string What { get; } = what;
}

/// <summary>The caller is not signed in.</summary>
public sealed class UnauthenticatedException() : Exception("Sign in to do this.");

/// <summary>The caller is signed in but their role does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>An Idempotency-Key was used before for a different request.</summary>
public sealed class IdempotencyKeyReusedException()
    : Exception("This Idempotency-Key was already used for a different request. Use a new key for a new request.");

/// <summary>
/// A service the request depends on (the malware scanner, the document store; the database's own failures are
/// recognised by <see cref="IDatabaseErrors"/>) did not answer, so nothing was done or saved: try again after
/// <see cref="RetryAfter"/>. Answered 503 with a Retry-After header.
/// </summary>
public sealed class DependencyUnavailableException : Exception
{
    /// <summary>How long a caller is asked to wait when the dependency does not say.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public DependencyUnavailableException(string dependency, string message, TimeSpan retryAfter, Exception? innerException = null)
        : base(message, innerException)
    {
        Dependency = dependency;
        RetryAfter = retryAfter;
    }

    /// <summary>The dependency cannot be reached just now; try again in <see cref="DefaultRetryAfter"/>.</summary>
    public DependencyUnavailableException(string dependency, Exception innerException)
        : this(dependency, $"The {dependency} cannot be reached just now. Nothing was saved: try again in a few seconds.", DefaultRetryAfter, innerException)
    {
    }

    /// <summary>Which dependency, as the health report names it ("malware-scanner", "document store").</summary>
    public string Dependency { get; }

    public TimeSpan RetryAfter { get; }
}
