using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Application.Audit;

/// <summary>
/// Appends the audit events of reads to the keyed chain in groups (docs/adr/0011): a read hands its event over and
/// answers; one writer per instance gathers the events handed over within <see cref="AuditTrailOptions.ReadFlushInterval"/>
/// (at most <see cref="AuditTrailOptions.ReadBatchLimit"/>) and appends them in one transaction, with one commit for the
/// group instead of one for each read. What a crash of the instance can lose is the reads of the last interval
/// and of the commit in flight; a stop of the instance writes them first (<see cref="StopAsync"/>). A group that cannot be written is kept,
/// logged as an error and tried again; while it cannot be, at most <see cref="AuditTrailOptions.ReadQueueLimit"/> events
/// wait and further reads wait for room (they are never answered with their event dropped). With an interval of zero
/// every read's event is committed in its own transaction before the read answers.
/// </summary>
public sealed partial class ReadAuditWriter : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(30);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ReadAuditWriter> _logger;
    private readonly TimeSpan _interval;
    private readonly int _batchLimit;
    private readonly Channel<AuditEntry> _queue;
    private readonly Lock _start = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _writer;
    private long _accepted;
    private long _written;
    private int _flushRequested;
    private TaskCompletionSource _wake = NewSignal();
    private TaskCompletionSource _progress = NewSignal();
    private Exception? _lastFailure;

    public ReadAuditWriter(IServiceScopeFactory scopes, IOptions<AuditTrailOptions> options, ILogger<ReadAuditWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _logger = logger;
        _interval = options.Value.ReadFlushInterval;
        _batchLimit = options.Value.ReadBatchLimit;
        _queue = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(options.Value.ReadQueueLimit)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Whether reads are grouped (an interval above zero) rather than each committed before it answers.</summary>
    public bool Groups => _interval > TimeSpan.Zero;

    /// <summary>Events handed over and not yet committed.</summary>
    public long Waiting => Volatile.Read(ref _accepted) - Volatile.Read(ref _written);

    /// <summary>
    /// Hands a read's event over for the next group, or, with no grouping, commits it now. Waits for room while
    /// <see cref="AuditTrailOptions.ReadQueueLimit"/> events are waiting (only while groups cannot be written).
    /// </summary>
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!Groups)
        {
            await WriteAsync([entry], cancellationToken);
            return;
        }

        EnsureStarted();
        try
        {
            await _queue.Writer.WriteAsync(entry, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // A read answered while the instance stops, after the last group: committed on its own.
            await WriteAsync([entry], cancellationToken);
            return;
        }

        Interlocked.Increment(ref _accepted);
    }

    /// <summary>
    /// Writes what waits and takes no more groups (a read after this commits its own event): called as the instance
    /// stops, while the services it writes with still exist.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (Volatile.Read(ref _writer) is not { } writer)
        {
            return;
        }

        // A database that stays down past the wait loses what waits, and says how much.
        try
        {
            await writer.WaitAsync(StopWait, cancellationToken);
        }
        catch (Exception stopped) when (stopped is TimeoutException or OperationCanceledException)
        {
            await _stopping.CancelAsync();
            await writer.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        if (Waiting > 0)
        {
            LogLostAtStop(_logger, Waiting, _lastFailure);
        }
    }

    /// <summary>
    /// Commits every event handed over before the call (an auditor's question then sees every read made so far on
    /// this instance). Throws when a group cannot be written, with the database's error, rather than waiting silently.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Volatile.Read(ref _accepted);
        while (true)
        {
            var progress = Volatile.Read(ref _progress);
            if (Volatile.Read(ref _written) >= target)
            {
                return;
            }

            Volatile.Write(ref _flushRequested, 1);
            Volatile.Read(ref _wake).TrySetResult();
            await progress.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _writer) is not null)
        {
            return;
        }

        lock (_start)
        {
            _writer ??= Task.Run(WriteGroupsAsync);
        }
    }

    private async Task WriteGroupsAsync()
    {
        var reader = _queue.Reader;
        var group = new List<AuditEntry>(_batchLimit);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            var wake = NewSignal();
            Volatile.Write(ref _wake, wake);
            Volatile.Write(ref _flushRequested, 0);
            var until = Stopwatch.GetTimestamp() + (long)(_interval.TotalSeconds * Stopwatch.Frequency);
            while (group.Count < _batchLimit)
            {
                while (group.Count < _batchLimit && reader.TryRead(out var entry))
                {
                    group.Add(entry);
                }

                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until);
                if (group.Count >= _batchLimit || left <= TimeSpan.Zero || Volatile.Read(ref _flushRequested) == 1 || reader.Completion.IsCompleted)
                {
                    break;
                }

                var more = reader.WaitToReadAsync(CancellationToken.None).AsTask();
                var first = await Task.WhenAny(more, Task.Delay(left), wake.Task);
                if (first == more && !await more)
                {
                    break;
                }
            }

            await WriteUntilDoneAsync(group);
            group.Clear();
        }
    }

    private async Task WriteUntilDoneAsync(List<AuditEntry> group)
    {
        var delay = FirstRetry;
        while (true)
        {
            try
            {
                await WriteAsync(group, _stopping.Token);
                if (_lastFailure is not null)
                {
                    LogRecovered(_logger, group.Count);
                    _lastFailure = null;
                }

                Interlocked.Add(ref _written, group.Count);
                Interlocked.Exchange(ref _progress, NewSignal()).TrySetResult();
                return;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                Interlocked.Exchange(ref _progress, NewSignal()).TrySetException(_lastFailure ?? new OperationCanceledException());
                return;
            }
            catch (Exception failure)
            {
                _lastFailure = failure;
                LogWriteFailed(_logger, group.Count, Waiting, delay, failure);
                Interlocked.Exchange(ref _progress, NewSignal()).TrySetException(
                    new InvalidOperationException($"The audit events of {group.Count} reads could not be written to the audit trail; they are kept and tried again.", failure));
            }

            try
            {
                await Task.Delay(delay, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LastRetry.Ticks));
        }
    }

    private async Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await trail.AppendAsync(db, entries, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            },
            cancellationToken);
    }

    [LoggerMessage(EventId = 7020, Level = LogLevel.Error, Message = "The audit events of {Count} reads could not be written to the audit trail ({Waiting} waiting); they are kept and tried again in {Delay}")]
    private static partial void LogWriteFailed(ILogger logger, int count, long waiting, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Information, Message = "The audit trail takes the events of reads again: a group of {Count} was written after a failure")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(EventId = 7022, Level = LogLevel.Critical, Message = "The instance stopped with the audit events of {Count} reads not written to the audit trail")]
    private static partial void LogLostAtStop(ILogger logger, long count, Exception? exception);
}
