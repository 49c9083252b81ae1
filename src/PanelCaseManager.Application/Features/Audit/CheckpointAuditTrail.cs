using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// The system writes a signed checkpoint of where the audit chain ends to the checkpoint store outside the database,
/// and a log line with the same facts (docs/adr/0196): once per configured period (however many instances run the
/// job, the period's checkpoint is written once) and at start-up.
/// </summary>
public static partial class CheckpointAuditTrail
{
    [RequiresPolicy(Policies.RunSystemJobs)]
    public sealed record Command(string Kind) : ICommand<Result>;

    /// <param name="Written">False when a checkpoint already there stands for this one.</param>
    public sealed record Result(bool Written, AuditCheckpoint Checkpoint);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Kind).Must(k => k is AuditCheckpointKinds.Periodic or AuditCheckpointKinds.Start)
                .WithMessage($"The system writes '{AuditCheckpointKinds.Periodic}' or '{AuditCheckpointKinds.Start}' checkpoints.");
    }

    public sealed class Handler(AuditCheckpointWriter writer, IOptions<AuditTrailOptions> options, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var interval = options.Value.CheckpointInterval.Ticks;
            DateTimeOffset? period = command.Kind == AuditCheckpointKinds.Periodic ? new DateTimeOffset(now.UtcTicks - (now.UtcTicks % interval), TimeSpan.Zero) : null;
            return await writer.WriteAsync(command.Kind, period, cancellationToken);
        }
    }
}

/// <summary>Reads the chain's end and writes a signed checkpoint of it to the store and the log.</summary>
public sealed partial class AuditCheckpointWriter(
    PanelDbContext db,
    AuditKeyRing keys,
    IAuditCheckpointStore store,
    ICurrentUser currentUser,
    TimeProvider clock,
    ILogger<AuditCheckpointWriter> logger)
{
    public async Task<CheckpointAuditTrail.Result> WriteAsync(string kind, DateTimeOffset? period, CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .Select(h => new { h.LastSequence, h.LastHash, h.KeyedFromSequence })
            .SingleAsync(cancellationToken);
        // This version links every event it appends with a key, so from the next event on the trail must be keyed even
        // before the first keyed event is written: the checkpoint says so, and a later plain rewrite is found.
        var keyedFrom = head.KeyedFromSequence ?? head.LastSequence + 1;
        var checkpoint = AuditCheckpoint.Sign(keys, kind, head.LastSequence, head.LastHash, keyedFrom, period, clock.GetUtcNow(), currentUser.Id.Value);
        var written = await store.AppendAsync(checkpoint, cancellationToken);
        if (written)
        {
            LogCheckpoint(logger, checkpoint.Kind, checkpoint.Sequence, checkpoint.Hash, checkpoint.KeyedFrom, checkpoint.WrittenAt, checkpoint.KeyId, checkpoint.Mac, store.Location);
        }

        return new CheckpointAuditTrail.Result(written, checkpoint);
    }

    // The same facts as the checkpoint file, for whoever keeps the service's logs: a second copy out of the database's reach.
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Audit trail checkpoint ({Kind}): event {Sequence} with link {Hash}, keyed from event {KeyedFrom}, at {WrittenAt:O}, signed with key {KeyId}: {Mac}; kept in {Location}")]
    private static partial void LogCheckpoint(ILogger logger, string kind, long sequence, string hash, long? keyedFrom, DateTimeOffset writtenAt, string keyId, string mac, string location);
}
