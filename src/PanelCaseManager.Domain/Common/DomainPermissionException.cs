namespace PanelCaseManager.Domain.Common;

/// <summary>
/// A rule of the domain about who may act, such as "only the meeting's chair signs off": the person is signed in
/// and holds the right role, but is not the right person for this record.
/// </summary>
public sealed class DomainPermissionException(string code, string message) : DomainRuleException(code, message);
