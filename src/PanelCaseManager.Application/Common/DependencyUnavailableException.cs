namespace PanelCaseManager.Application.Common;

/// <summary>
/// A service the request needs (the document store; the database's own failures are recognised by
/// <see cref="IDatabaseErrors"/>) cannot be reached just now. Nothing was saved: the caller may try again later.
/// </summary>
public sealed class DependencyUnavailableException(string dependency, Exception innerException)
    : Exception($"The {dependency} cannot be reached just now.", innerException)
{
    /// <summary>Which dependency, as the health report names it ("document store").</summary>
    public string Dependency { get; } = dependency;
}
