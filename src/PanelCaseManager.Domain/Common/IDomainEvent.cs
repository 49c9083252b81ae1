namespace PanelCaseManager.Domain.Common;

/// <summary>Something that happened to an aggregate, handled in the same transaction as the change.</summary>
public interface IDomainEvent;
