namespace PanelCaseManager.Domain.Common;

/// <summary>
/// A consistency boundary: changed only through its own methods, saved whole, guarded by <see cref="Version"/>.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Optimistic concurrency token, incremented once per committed change.</summary>
    public int Version { get; private set; }

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    public void IncrementVersion() => Version++;

    /// <summary>Refuses a change made against a version other than the current one.</summary>
    public void EnsureVersion(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(expectedVersion, Version);
        }
    }
}
