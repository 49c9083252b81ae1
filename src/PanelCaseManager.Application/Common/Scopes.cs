namespace PanelCaseManager.Application.Common;

/// <summary>A request (or a result) about one case: the pipeline checks access to it and audits it against it.</summary>
public interface ICaseScoped
{
    Guid PlacementRequestId { get; }
}

/// <summary>A request about one panel decision: access follows the decision's case.</summary>
public interface IDecisionScoped
{
    Guid DecisionId { get; }
}

/// <summary>A request about one panel meeting.</summary>
public interface IPanelScoped
{
    Guid PanelId { get; }
}

/// <summary>
/// Marks a query that reads no personal data (reference data, the caller's own account), so it is not written to
/// the audit trail. Every other query is audited as a read.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadsNoPersonalDataAttribute : Attribute;

/// <summary>A request about one issued decision letter: access follows the letter's case.</summary>
public interface ILetterScoped
{
    Guid LetterId { get; }
}
