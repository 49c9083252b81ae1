using Microsoft.AspNetCore.Authorization;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Security;

/// <summary>
/// Every authorisation policy of the service, in one place. Requests name theirs with
/// <see cref="RequiresPolicyAttribute"/>; endpoints and pages use the same names.
/// </summary>
public static class Policies
{
    /// <summary>Staff who read case records: caseworkers, panel, auditors.</summary>
    public const string ReadCases = "read-cases";

    /// <summary>Staff who create and progress cases: SEND officers and their managers.</summary>
    public const string ManageCases = "manage-cases";

    /// <summary>Auditors: read-only access to the audit trail and its exports.</summary>
    public const string Audit = "audit";

    /// <summary>Administrators: users, reference data, letter wording.</summary>
    public const string Administer = "administer";

    /// <summary>Family members: parents, carers and young people following their own case.</summary>
    public const string Family = "family";

    /// <summary>Anyone signed in, whatever their role.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Staff who read the provision catalogue: caseworkers, panel, auditors and administrators.</summary>
    public const string ReadCatalogue = "read-catalogue";

    /// <summary>Panel members and chairs: declare conflicts, give their agency's view and record decisions at a meeting.</summary>
    public const string RecordPanelViews = "record-panel-views";

    /// <summary>Panel chairs: record attendance and sign off decisions (the meeting's own chair only, checked by the domain).</summary>
    public const string ChairPanels = "chair-panels";

    /// <summary>Issued decision letters: staff who may read cases, auditors, and families (their own children's letters, checked by the pipeline).</summary>
    public const string ReadLetters = "read-letters";

    /// <summary>Reports on panels and decisions: managers, chairs, auditors and administrators.</summary>
    public const string ReadReports = "read-reports";

    /// <summary>Timeliness across a team, for statutory returns: team managers and auditors.</summary>
    public const string ViewTimeliness = "view-timeliness";

    /// <summary>Partners: professionals of health, social care and educational psychology, and settings' contacts — only what is addressed to them, checked by the pipeline.</summary>
    public const string Partner = "partner";

    /// <summary>Who invites and closes partners' accounts: SEND officers, team managers and administrators.</summary>
    public const string InvitePartners = "invite-partners";

    /// <summary>Background jobs acting as the system, never a person (see <see cref="Common.SystemPrincipal"/>).</summary>
    public const string RunSystemJobs = "run-system-jobs";

    /// <summary>
    /// The roles each policy admits, in one place: the policies are built from it, and the navigation shows a place
    /// to a user whose role its policy admits (<see cref="Admits"/>).
    /// </summary>
    private static readonly Dictionary<string, Role[]> RolesOf = new(StringComparer.Ordinal)
    {
        [ReadCases] = [Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor],
        [ManageCases] = [Role.SendOfficer, Role.TeamManager],
        [Audit] = [Role.Auditor],
        [Administer] = [Role.Administrator],
        [Family] = [Role.Family],
        [ReadCatalogue] = [Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor, Role.Administrator],
        [RecordPanelViews] = [Role.PanelMember, Role.PanelChair],
        [ReadLetters] = [Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor, Role.Family],
        [ChairPanels] = [Role.PanelChair],
        [ReadReports] = [Role.TeamManager, Role.PanelChair, Role.Auditor, Role.Administrator],
        [ViewTimeliness] = [Role.TeamManager, Role.Auditor],
        [Partner] = [Role.AgencyProfessional, Role.SettingContact],
        [InvitePartners] = [Role.SendOfficer, Role.TeamManager, Role.Administrator],
    };

    /// <summary>Whether a role is admitted by a policy that admits by role; false for any other policy.</summary>
    public static bool Admits(string policy, Role? role) => role is { } r && RolesOf.TryGetValue(policy, out var roles) && roles.Contains(r);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        foreach (var (policy, roles) in RolesOf)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(Names(roles)));
        }

        options.AddPolicy(RunSystemJobs, p => p.RequireAuthenticatedUser().RequireClaim(Common.SystemPrincipal.SystemJobClaim));
    }

    private static string[] Names(params Role[] roles) => roles.Select(r => r.ToString()).ToArray();
}

/// <summary>Names the policy a request needs. A request without one is refused by the pipeline.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}
