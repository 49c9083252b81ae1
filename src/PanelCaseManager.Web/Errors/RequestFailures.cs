using System.Diagnostics;

namespace PanelCaseManager.Web.Errors;

/// <summary>
/// How a failed request is logged, once, wherever it failed (docs/adr/0242): a client's mistake — bad input, not
/// found, a refusal, a conflict — at Information (Warning for a refusal of access), with the exception's type and
/// no stack trace, since the answer was right; a fault of ours at Error with the exception and the trace id that the
/// person was shown. Neither carries the request's values, its query string or an exception's message, which can
/// quote what was sent: only the method, the route's pattern, the status and the type of failure.
/// </summary>
internal static partial class RequestFailures
{
    /// <summary>The id an operator searches the logs and traces for: the W3C trace id of the request.</summary>
    public static string TraceId(HttpContext context) =>
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : context.TraceIdentifier;

    public static void Log(ILogger logger, HttpContext context, Exception exception, int status, Endpoint? endpoint)
    {
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        var method = context.Request.Method;
        var failure = exception.GetType().Name;
        var traceId = TraceId(context);
        switch (status)
        {
            case >= StatusCodes.Status500InternalServerError:
                LogFault(logger, method, route, failure, traceId, exception);
                break;
            case StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden:
                LogRefused(logger, method, route, status, failure, traceId);
                break;
            default:
                LogClientError(logger, method, route, status, failure, traceId);
                break;
        }
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "{Method} {Route} failed with {Failure}; trace id {TraceId}")]
    private static partial void LogFault(ILogger logger, string method, string route, string failure, string traceId, Exception exception);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "{Method} {Route} refused with {Status} ({Failure}); trace id {TraceId}")]
    private static partial void LogRefused(ILogger logger, string method, string route, int status, string failure, string traceId);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} ({Failure}); trace id {TraceId}")]
    private static partial void LogClientError(ILogger logger, string method, string route, int status, string failure, string traceId);
}

/// <summary>
/// Logs a page's failure (the API's are logged by <see cref="ApiExceptionHandler"/>), then leaves it to the error
/// page: something missing or forbidden is shown as such, anything else is a fault.
/// </summary>
internal sealed class PageFailureLogger(ILogger<PageFailureLogger> logger) : Microsoft.AspNetCore.Diagnostics.IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var failed = httpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>();
        RequestFailures.Log(logger, httpContext, exception, Ui.PanelPages.StatusFor(exception), failed?.Endpoint);
        return ValueTask.FromResult(false);
    }
}

internal static class ProblemDetailsSetup
{
    /// <summary>Problem details for the API, each with the trace id of its request; failures handled, and logged, in one place.</summary>
    public static IServiceCollection AddPanelProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Complete);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddExceptionHandler<PageFailureLogger>();
        return services;
    }

    /// <summary>
    /// Every problem carries the request's trace id; one written for a bare status (by authentication, routing or
    /// the endpoint's media type) also gets the code the API uses for it and, for a body of the wrong type, what to send.
    /// </summary>
    private static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = RequestFailures.TraceId(context.HttpContext);
        if (!problem.Extensions.ContainsKey("code") && problem.Status is { } status && CodeFor(status) is { } code)
        {
            problem.Extensions["code"] = code;
        }

        if (problem.Status == StatusCodes.Status415UnsupportedMediaType && problem.Detail is null)
        {
            var accepted = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes;
            problem.Detail = $"Send the body with Content-Type {(accepted is { Count: > 0 } ? string.Join(" or ", accepted) : "application/json")}.";
        }
    }

    private static string? CodeFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        StatusCodes.Status429TooManyRequests => "too-many-requests",
        _ => null,
    };
}
