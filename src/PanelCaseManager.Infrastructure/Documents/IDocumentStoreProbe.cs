namespace PanelCaseManager.Infrastructure.Documents;

/// <summary>What the readiness check asks of the document store: can it be written to and read from now?</summary>
public interface IDocumentStoreProbe
{
    /// <summary>Completes when the store answers; throws, saying why, when it cannot be used.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
