using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Application.Audit;

/// <summary>
/// Appends to the hash-chained audit trail. A command's own event is appended inside the command's transaction
/// (by the unit of work), so the change and its record commit together; a refused command or a read changes nothing
/// else, so its event gets a transaction of its own.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, AuditKeyRing keys)
{
    /// <summary>The event of the command running in this scope, appended by the unit of work before it commits.</summary>
    public AuditEntry? Pending { get; set; }

    /// <summary>
    /// Gives the entries their place at the end of the chain, inside the caller's open transaction. Touching the head
    /// row first takes its lock, so concurrent appenders on any number of instances queue instead of forking the chain.
    /// Each event is linked with the current audit key; the head records the first keyed event, once.
    /// </summary>
    public async Task AppendAsync(PanelDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit events are appended inside a transaction.");
        }

        var head = db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId);
        await head.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
        var end = await head.AsNoTracking().Select(h => new { h.LastSequence, h.LastHash }).SingleAsync(cancellationToken);

        var sequence = end.LastSequence;
        var firstKeyed = sequence + 1;
        var previousHash = end.LastHash;
        foreach (var entry in entries)
        {
            var audited = AuditEvent.Chain(++sequence, previousHash, entry, keys);
            db.AuditEvents.Add(audited);
            previousHash = audited.Hash;
        }

        await head.ExecuteUpdateAsync(
            s => s.SetProperty(h => h.LastSequence, sequence)
                .SetProperty(h => h.LastHash, previousHash)
                .SetProperty(h => h.KeyedFromSequence, h => h.KeyedFromSequence ?? firstKeyed),
            cancellationToken);
    }

    public async Task AppendInOwnTransactionAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await AppendAsync(db, [entry], ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            },
            cancellationToken);
    }
}
