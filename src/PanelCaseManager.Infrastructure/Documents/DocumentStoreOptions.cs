namespace PanelCaseManager.Infrastructure.Documents;

public enum DocumentStoreKind
{
    /// <summary>A folder on this instance's disk: for one instance (or a folder every instance mounts).</summary>
    FileSystem,

    /// <summary>An Azure Blob Storage container that every instance reads and writes.</summary>
    AzureBlob,
}

/// <summary>Where documents are kept ("DocumentStore" in configuration; docs/adr/0009).</summary>
public sealed class DocumentStoreOptions
{
    public const string Section = "DocumentStore";

    public DocumentStoreKind Kind { get; set; } = DocumentStoreKind.FileSystem;

    /// <summary>The folder holding documents (FileSystem); a relative path is under the app's content root.</summary>
    public string RootPath { get; set; } = "App_Data/documents";

    public AzureBlobDocumentStoreOptions AzureBlob { get; set; } = new();
}

/// <summary>"DocumentStore:AzureBlob": the storage account and container.</summary>
public sealed class AzureBlobDocumentStoreOptions
{
    /// <summary>The storage account's connection string (a secret: from the environment or a key vault, never appsettings.json).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The container, created when missing.</summary>
    public string Container { get; set; } = "documents";

    /// <summary>How often a failed call to the storage service is tried again before the request is answered 503.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>How long one call may take before it counts as failed.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
