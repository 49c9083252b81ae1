namespace PanelCaseManager.Application.Persistence;

/// <summary>The last case number issued in a year, so that references run PR-2026-000001, -000002, …</summary>
public sealed class ReferenceCounter
{
    public int Year { get; private set; }
    public int LastNumber { get; private set; }
}
