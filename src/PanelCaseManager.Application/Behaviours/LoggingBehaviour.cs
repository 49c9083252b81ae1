using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>
/// Logs which request ran, for whom and how it ended — never the request's fields, which carry children's
/// personal data. The user is logged by their pseudonymous id only.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return await next(message, cancellationToken);
        }

        var requestName = RequestNames.Of<TMessage>();
        var userId = currentUser.IsAuthenticated ? currentUser.Id.Value : "anonymous";
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(logger, requestName, userId, elapsed);
            return response;
        }
        catch (Exception exception)
        {
            // The exception's type, not its message: messages can quote the input.
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var outcome = exception.GetType().Name;
            LogFailed(logger, requestName, userId, outcome, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} for {UserId} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, string userId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} for {UserId} ended with {Outcome} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, string userId, string outcome, double elapsedMs);
}

internal static class RequestNames
{
    public static string Of<TMessage>() => Cache<TMessage>.Name;

    private static class Cache<TMessage>
    {
        // "SubmitPlacementRequest.Command" reads better in logs than the bare nested type name.
        public static readonly string Name = typeof(TMessage).DeclaringType is { } outer
            ? $"{outer.Name}.{typeof(TMessage).Name}"
            : typeof(TMessage).Name;
    }
}
