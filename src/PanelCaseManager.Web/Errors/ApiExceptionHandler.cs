using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Behaviours;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Web.Errors;

/// <summary>
/// Turns every failure into RFC 9457 problem details: bad input 400 with the fields named, 401, 403, 404,
/// 409 for a stale version or a move the case's state does not allow, 422 for a reused Idempotency-Key.
/// Anything else is a fault of ours: 500 with no detail, logged with its stack trace.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private static readonly Type[] EnumsClientsSend =
    [
        typeof(RequestType), typeof(PreferenceKind), typeof(ProvisionKind), typeof(ReconsiderationTrigger), typeof(Stage),
    ];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Some of the information is missing or not valid.",
            },
            BadHttpRequestException badRequest => FromBadRequest(badRequest),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, $"{notFound.What} not found.", "It does not exist, or you cannot see it.", "not-found"),
            UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Sign in to do this.", null, "unauthenticated"),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "You cannot do this.", forbidden.Message, "forbidden"),
            ConcurrencyConflictException conflict => Problem(StatusCodes.Status409Conflict, "Someone else changed this first.", conflict.Message, "stale-version"),
            DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "This cannot be done to the case as it stands.", rule.Message, rule.Code),
            IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused.", reused.Message, "idempotency-key-reused"),
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

    private static ProblemDetails Problem(int status, string title, string? detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    /// <summary>Malformed JSON or a value of the wrong kind: name the field and, for a choice, the values allowed.</summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is not JsonException json)
        {
            return Problem(StatusCodes.Status400BadRequest, "The request could not be read.", exception.Message, "bad-request");
        }

        var field = FieldFromJsonPath(json.Path);
        if (string.IsNullOrEmpty(field))
        {
            return Problem(StatusCodes.Status400BadRequest, "The request body is not valid JSON.", "Send a JSON object with the fields this endpoint describes.", "malformed-json");
        }

        var choice = EnumsClientsSend.FirstOrDefault(t => json.Message.Contains(t.FullName!, StringComparison.Ordinal));
        var message = choice is null
            ? "This value is not of the right kind (for example text where a number or a date like 2026-01-31 is expected)."
            : $"Use one of {string.Join(", ", Enum.GetNames(choice))}.";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some of the information is missing or not valid.",
        };
    }

    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? string.Empty : FieldNames.ToJsonPath(JsonPathPrefix().Replace(path, string.Empty));

    [GeneratedRegex(@"^\$\.?")]
    private static partial Regex JsonPathPrefix();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, Exception exception);
}
