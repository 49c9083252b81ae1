using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;
using PanelCaseManager.Web.Hosting;

namespace PanelCaseManager.Web.Jobs;

/// <summary>
/// A span and a duration for every background job Hangfire runs (no OpenTelemetry instrumentation for Hangfire is
/// available to us): the span "job ReminderSweepJob.RunAsync" parents the EF Core and HTTP spans of the job's work.
/// </summary>
internal sealed class JobTelemetry : JobFilterAttribute, IServerFilter
{
    private const string ActivityItem = "PanelCaseManager.Activity";
    private const string StartedItem = "PanelCaseManager.Started";

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = NameOf(context.BackgroundJob.Job);
        var activity = PanelTelemetry.Jobs.StartActivity($"job {name}", ActivityKind.Internal);
        activity?.SetTag("job.name", name);
        activity?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[ActivityItem] = activity;
        context.Items[StartedItem] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = NameOf(context.BackgroundJob.Job);
        var outcome = context.Exception is { } exception && !context.ExceptionHandled ? exception.GetType().Name : "succeeded";
        if (context.Items.TryGetValue(StartedItem, out var started) && started is long timestamp)
        {
            PanelTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds, new("job.name", name), new("job.outcome", outcome));
        }

        if (context.Items.TryGetValue(ActivityItem, out var item) && item is Activity activity)
        {
            activity.SetTag("job.outcome", outcome);
            if (outcome != "succeeded")
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }

            activity.Dispose();
        }
    }

    private static string NameOf(Job job) => $"{job.Type.Name}.{job.Method.Name}";
}
