using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>Warns when a request takes longer than the configured budget, so slow paths are seen in production.</summary>
public sealed partial class TimingBehaviour<TMessage, TResponse>(ILogger<TimingBehaviour<TMessage, TResponse>> logger, IOptions<PipelineOptions> options)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > options.Value.SlowRequestBudgetMilliseconds)
        {
            LogSlow(logger, RequestNames.Of<TMessage>(), elapsed.TotalMilliseconds, options.Value.SlowRequestBudgetMilliseconds);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Request} took {ElapsedMs:0} ms, over its budget of {BudgetMs} ms")]
    private static partial void LogSlow(ILogger logger, string request, double elapsedMs, int budgetMs);
}
