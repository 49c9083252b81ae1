using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Domain.Common;
using Microsoft.AspNetCore.Http.Metadata;
using PanelCaseManager.Web.Identity;

namespace PanelCaseManager.Web.Errors;

/// <summary>
/// Turns every failure into RFC 9457 problem details: bad input 400 with the fields named (always with
/// <c>errors</c>; "$" is the body as a whole), 401, 403, 404, 409 for a stale version or a move the case's state
/// does not allow, 413 and 415 for a body too large or of the wrong kind, 422 for a reused Idempotency-Key, 503 with
/// Retry-After when the database or the document store cannot be reached or the malware scanner does not answer
/// (nothing was saved). Anything else is a fault of ours: 500 with no detail but the trace id. Each failure is logged
/// once, by <see cref="RequestFailures"/>: a client's mistake without a stack trace, a fault with it.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, DependencyFailures dependencies, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private const string NotValid = "Some of the information is missing or not valid.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: judge by the path that failed.
        var failed = httpContext.Features.Get<IExceptionHandlerPathFeature>();
        var failedPath = failed?.Path ?? httpContext.Request.Path;
        if (!BrowserSession.IsApiPath(failedPath))
        {
            // A page's failure is shown as a page (see PanelPages.UsePanelErrorPages), not as problem details.
            return false;
        }

        var problem = exception switch
        {
            RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = NotValid,
            },
            BadHttpRequestException badRequest => FromBadRequest(badRequest, failed?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, $"{notFound.What} not found.", "It does not exist, or you cannot see it.", "not-found"),
            UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Sign in to do this.", null, "unauthenticated"),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "You cannot do this.", forbidden.Message, "forbidden"),
            DomainPermissionException permission => Problem(StatusCodes.Status403Forbidden, "You cannot do this.", permission.Message, permission.Code),
            ConcurrencyConflictException conflict => Problem(StatusCodes.Status409Conflict, "Someone else changed this first.", conflict.Message, "stale-version"),
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "This cannot be done to the case as it stands.", rule.Message, rule.Code),
            IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.", reused.Message, "idempotency-key-reused"),
            DependencyUnavailableException unavailable => Unavailable(httpContext, unavailable),
            _ when dependencies.Unavailable(exception) is { } dependency => Unavailable(httpContext, dependency),
            _ => Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "Nothing was saved. Try again, and tell the service desk if it keeps happening, quoting the trace id.", "server-error"),
        };

        RequestFailures.Log(logger, httpContext, exception, problem.Status!.Value, failed?.Endpoint);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Unavailable(HttpContext httpContext, string dependency)
    {
        httpContext.Response.Headers.RetryAfter = DependencyFailures.RetryAfterSeconds;
        return Problem(StatusCodes.Status503ServiceUnavailable, "The service is unavailable just now.",
            $"The {dependency} cannot be reached. Nothing was saved: try again in a few seconds.", "service-unavailable");
    }

    /// <summary>A service we depend on did not answer: nothing was done, try again after Retry-After seconds.</summary>
    private static ProblemDetails Unavailable(HttpContext httpContext, DependencyUnavailableException exception)
    {
        httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(exception.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "Try again later.", exception.Message, $"{exception.Dependency.Replace(' ', '-')}-unavailable");
    }

    private static ProblemDetails Problem(int status, string title, string? detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    /// <summary>
    /// A body or value the endpoint could not read: a body of the wrong media type or too large keeps its status;
    /// otherwise it is a 400 naming the field (or "$", the body as a whole) and what it should hold.
    /// </summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException exception, IAcceptsMetadata? accepts)
    {
        switch (exception.StatusCode)
        {
            case StatusCodes.Status415UnsupportedMediaType:
                return Problem(exception.StatusCode, "Send the body as JSON.",
                    $"Send the body with Content-Type {(accepts?.ContentTypes is { Count: > 0 } types ? string.Join(" or ", types) : "application/json")}.", "unsupported-media-type");
            case StatusCodes.Status413PayloadTooLarge:
                return Problem(exception.StatusCode, "The request is too large.", "Send less at once.", "payload-too-large");
            case not StatusCodes.Status400BadRequest:
                return Problem(exception.StatusCode, "The request could not be read.", null, "bad-request");
        }

        if (exception.InnerException is JsonException json)
        {
            // A syntax error (the reader's own exception inside) is about the body, wherever the reader had got to.
            var field = json.InnerException?.GetType().Name == "JsonReaderException" ? string.Empty : FieldFromJsonPath(json.Path);
            if (string.IsNullOrEmpty(field))
            {
                return Invalid(WholeBody, "The body is not valid JSON: send a JSON object with the fields this endpoint describes.", "malformed-json");
            }

            return Invalid(field, ExpectedValue(FieldType(accepts?.RequestType, field)) ?? "This value is not of the right kind.", "bad-value");
        }

        // A required value that was not sent: 'Required parameter "Command command" was not provided from body.'
        var missing = MissingParameter().Match(exception.Message);
        if (missing.Success)
        {
            return missing.Groups["source"].Value.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? Invalid(WholeBody, "The body is empty: send a JSON object with the fields this endpoint describes.", "missing-body")
                : Invalid(FieldNames.ToJsonPath(missing.Groups["name"].Value), "Enter a value.", "missing-value");
        }

        if (exception.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase))
        {
            return Invalid(WholeBody, "The body is empty: send a JSON object with the fields this endpoint describes.", "missing-body");
        }

        // A route, query or header value that is not of its parameter's type: 'Failed to bind parameter "DateOnly? from" from "x".'
        var binding = ParameterBinding().Match(exception.Message);
        if (!binding.Success)
        {
            return Invalid(WholeBody, "The request could not be read: check it against the API's description at /openapi/v1.json.", "bad-request");
        }

        var type = binding.Groups["type"].Value.Replace("Nullable<", string.Empty, StringComparison.Ordinal).TrimEnd('?', '>').ToUpperInvariant();
        var expected = type switch
        {
            "DATEONLY" => ExpectedValue(typeof(DateOnly)),
            "INT" or "INT32" or "LONG" or "INT64" => ExpectedValue(typeof(int)),
            "GUID" => ExpectedValue(typeof(Guid)),
            "BOOL" or "BOOLEAN" => ExpectedValue(typeof(bool)),
            _ => null,
        } ?? "This value is not of the right kind.";
        return Invalid(FieldNames.ToJsonPath(binding.Groups["name"].Value), expected, "bad-value");
    }

    /// <summary>The key of errors about the body as a whole (empty, or not JSON at all): the JSON path of the document's root.</summary>
    internal const string WholeBody = "$";

    private static ValidationProblemDetails Invalid(string field, string message, string code) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = NotValid,
            Extensions = { ["code"] = code },
        };

    private static string? ExpectedValue(Type? type) => type switch
    {
        null => null,
        { IsEnum: true } => $"Use one of {string.Join(", ", Enum.GetNames(type))}.",
        _ when type == typeof(DateOnly) => "Enter a date in the form 2026-01-31.",
        _ when type == typeof(int) || type == typeof(long) => "Enter a whole number.",
        _ when type == typeof(double) || type == typeof(decimal) => "Enter a number.",
        _ when type == typeof(Guid) => "Enter an id like 0192b1c4-7e55-7a8e-9c55-1c2f6d1e0a3b.",
        _ when type == typeof(bool) => "Enter true or false.",
        _ when type == typeof(string) => "Enter text.",
        _ => null,
    };

    /// <summary>The .NET type a JSON path such as "preferences[0].kind" leads to in the request body's type.</summary>
    private static Type? FieldType(Type? bodyType, string field)
    {
        var type = bodyType;
        foreach (var segment in field.Split('.'))
        {
            if (type is null)
            {
                return null;
            }

            var name = IndexSuffix().Replace(segment, string.Empty);
            var property = type.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            type = property is null ? null : Unwrap(property.PropertyType, indexed: segment.EndsWith(']'));
        }

        return type;
    }

    private static Type Unwrap(Type type, bool indexed)
    {
        if (indexed && type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable)
        {
            type = enumerable.GetGenericArguments()[0];
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }

    [GeneratedRegex(@"\[\d+\]$")]
    private static partial Regex IndexSuffix();

    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? string.Empty : FieldNames.ToJsonPath(JsonPathPrefix().Replace(path, string.Empty));

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\" ]+) (?<name>[^\" ]+)\"")]
    private static partial Regex ParameterBinding();

    [GeneratedRegex("^Required parameter \"(?<type>[^\" ]+) (?<name>[^\" ]+)\" was not provided from (?<source>[^.]+)")]
    private static partial Regex MissingParameter();

    [GeneratedRegex(@"^\$\.?")]
    private static partial Regex JsonPathPrefix();
}
