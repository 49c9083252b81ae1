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
/// A request about what a panel had in front of it or decided — a case's frozen papers, the views, the decision form,
/// the decision — made through a meeting: panel members and chairs reach a case only with such a request, about a
/// meeting they sit on (the meeting it names, or the decision's), and never the live case (docs/adr/0185).
/// </summary>
public interface IThroughPanel;

/// <summary>
/// A request naming a child already known to the service: the pipeline lets it through only when the caller may read
/// a case of that child, and answers "not found" otherwise, as for an id that does not exist.
/// </summary>
public interface IChildScoped
{
    Guid? ChildId { get; }
}

/// <summary>A request naming a case by its reference (for example linking a family member to it): audited against that case.</summary>
public interface ICaseReferenced
{
    string? CaseReference { get; }
}

/// <summary>A result listing cases (a caseload, a worklist, a meeting's agenda): the audit event of the read names every case it returned.</summary>
public interface IReturnsCases
{
    IReadOnlyCollection<Guid> ReturnedCaseIds { get; }
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

/// <summary>
/// A request about one request addressed to a partner (docs/adr/0205): a professional reaches only the requests addressed
/// to them, a setting's contact only those addressed to their setting, staff those of the cases they may see; anything
/// else is "not found", as for an id that does not exist.
/// </summary>
public interface IPartnerRequestScoped
{
    Guid PartnerRequestId { get; }
}

/// <summary>
/// A question about the audit trail itself: the events of reads still waiting to be grouped (docs/adr/0011) are
/// written first, so its answer includes every read made on this instance until then.
/// </summary>
public interface IReadsAuditTrail;
