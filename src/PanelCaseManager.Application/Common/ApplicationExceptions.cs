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
/// A service the request depends on (such as the malware scanner) did not answer, so nothing was done: try again after
/// <see cref="RetryAfter"/>. Answered 503 with a Retry-After header.
/// </summary>
public sealed class DependencyUnavailableException(string dependency, string message, TimeSpan retryAfter, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Dependency { get; } = dependency;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
