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
/// Turns every failure into RFC 9457 problem details: bad input 400 with the fields named, 401, 403, 404,
/// 409 for a stale version or a move the case's state does not allow, 422 for a reused Idempotency-Key.
/// 503 with Retry-After when the database or the document store cannot be reached, or a service we depend on (the
/// malware scanner) does not answer (nothing was saved). Anything else is a fault of ours: 500 with no detail, logged
/// with its stack trace.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, DependencyFailures dependencies, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: judge by the path that failed.
        var failedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
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
                Title = "Some of the information is missing or not valid.",
            },
            BadHttpRequestException badRequest => FromBadRequest(badRequest, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, $"{notFound.What} not found.", "It does not exist, or you cannot see it.", "not-found"),
            UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Sign in to do this.", null, "unauthenticated"),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "You cannot do this.", forbidden.Message, "forbidden"),
            DomainPermissionException permission => Problem(StatusCodes.Status403Forbidden, "You cannot do this.", permission.Message, permission.Code),
            ConcurrencyConflictException conflict => Problem(StatusCodes.Status409Conflict, "Someone else changed this first.", conflict.Message, "stale-version"),
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "This cannot be done to the case as it stands.", rule.Message, rule.Code),
            IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.", reused.Message, "idempotency-key-reused"),
            DependencyUnavailableException unavailable => Unavailable(httpContext, unavailable),
            _ when dependencies.Unavailable(exception) is { } dependency => Unavailable(httpContext, dependency),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(logger, exception.GetType().Name, exception);
            problem = Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "Nothing was saved. Try again, and tell the service desk if it keeps happening.", "server-error");
        }

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

    /// <summary>Malformed JSON or a value of the wrong kind: name the field and say what it should hold.</summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException exception, Type? bodyType)
    {
        if (exception.InnerException is not JsonException json)
        {
            // A route or query value that is not of its parameter's type: 'Failed to bind parameter "DateOnly? from" from "x".'
            var binding = ParameterBinding().Match(exception.Message);
            if (!binding.Success)
            {
                return Problem(StatusCodes.Status400BadRequest, "The request could not be read.", null, "bad-request");
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
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [FieldNames.ToJsonPath(binding.Groups["name"].Value)] = [expected] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Some of the information is missing or not valid.",
            };
        }

        var field = FieldFromJsonPath(json.Path);
        if (string.IsNullOrEmpty(field))
        {
            return Problem(StatusCodes.Status400BadRequest, "The request body is not valid JSON.", "Send a JSON object with the fields this endpoint describes.", "malformed-json");
        }

        var message = ExpectedValue(FieldType(bodyType, field)) switch
        {
            { } expected => expected,
            null => "This value is not of the right kind.",
        };
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some of the information is missing or not valid.",
        };
    }

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

    [GeneratedRegex(@"^\$\.?")]
    private static partial Regex JsonPathPrefix();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, Exception exception);
}
