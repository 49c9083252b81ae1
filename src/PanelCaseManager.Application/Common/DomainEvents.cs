using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Common;

/// <summary>Reacts to a domain event inside the transaction of the command that raised it.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    ValueTask Handle(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>Hands the events raised by tracked aggregates to their handlers until no handler raises more.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Dispatchers = new();

    /// <summary>Dispatches pending events and returns the aggregates that raised any, so their version can move on.</summary>
    public async Task<IReadOnlyCollection<AggregateRoot>> DispatchPendingAsync(PanelDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = new HashSet<AggregateRoot>(ReferenceEqualityComparer.Instance);
        while (true)
        {
            var raisers = db.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
            if (raisers.Count == 0)
            {
                return changed;
            }

            foreach (var aggregate in raisers)
            {
                changed.Add(aggregate);
                var events = aggregate.DomainEvents.ToList();
                aggregate.ClearDomainEvents();
                foreach (var domainEvent in events)
                {
                    var dispatch = Dispatchers.GetOrAdd(domainEvent.GetType(), CreateDispatcher);
                    await dispatch(services, domainEvent, cancellationToken);
                }
            }
        }
    }

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, Task> CreateDispatcher(Type eventType) =>
        typeof(DomainEventDispatcher)
            .GetMethod(nameof(DispatchTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>();

    private static async Task DispatchTyped<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.Handle((TEvent)domainEvent, cancellationToken);
        }
    }
}
