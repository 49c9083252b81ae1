using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>
/// Runs a command as one transaction: the handler's changes, the handlers of the domain events it raised and the
/// version bump of every aggregate it changed are committed together or not at all.
/// </summary>
public sealed class UnitOfWorkBehaviour<TMessage, TResponse>(PanelDbContext db, DomainEventDispatcher events, AuditTrail audit, IDatabaseErrors databaseErrors, AfterCommit afterCommit)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        // A create retried with its Idempotency-Key while the first attempt is still running (on this instance or
        // another) finds no record yet, and collides with the first attempt's record as it commits: running it once
        // more finds that record and replays the first answer.
        var replays = message is IIdempotentCommand { IdempotencyKey: not null } ? 1 : 0;
        while (true)
        {
            try
            {
                return await RunInTransactionAsync(message, next, cancellationToken);
            }
            catch (DbUpdateException exception) when (databaseErrors.IsUniqueViolation(exception) && replays-- > 0)
            {
                db.ChangeTracker.Clear();
                afterCommit.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("This record was changed by someone else while you were changing it. Reload it and try again.");
            }
            catch (DbUpdateException exception) when (databaseErrors.IsUniqueViolation(exception))
            {
                throw new ConcurrencyConflictException("Someone else saved the same thing at the same moment. Reload and try again.");
            }
        }
    }

    private async ValueTask<TResponse> RunInTransactionAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        return await strategy.ExecuteAsync(
            async ct =>
            {
                if (attempt++ > 0)
                {
                    // A retried attempt starts from what is in the database, not from the failed attempt's changes.
                    db.ChangeTracker.Clear();
                }

                afterCommit.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var response = await next(message, ct);
                await SaveAsync(response, ct);
                await transaction.CommitAsync(ct);
                afterCommit.Run();
                return response;
            },
            cancellationToken);
    }

    private async Task SaveAsync(TResponse response, CancellationToken cancellationToken)
    {
        var raisedEvents = await events.DispatchPendingAsync(db, cancellationToken);
        if (audit.Pending is { } audited)
        {
            await audit.AppendAsync(db, [audited with { CaseId = audited.CaseId ?? (response as ICaseScoped)?.PlacementRequestId }], cancellationToken);
        }

        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
        {
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && raisedEvents.Contains(entry.Entity)))
            {
                entry.Entity.IncrementVersion();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
