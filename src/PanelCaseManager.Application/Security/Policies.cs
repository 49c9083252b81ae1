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

    /// <summary>Anyone signed in, whatever their role.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Timeliness across a team, for statutory returns: team managers and auditors.</summary>
    public const string ViewTimeliness = "view-timeliness";

    /// <summary>Reference data and the jobs dashboard: administrators.</summary>
    public const string Administer = "administer";

    /// <summary>Background jobs acting as the system, never a person (see <see cref="Common.SystemPrincipal"/>).</summary>
    public const string RunSystemJobs = "run-system-jobs";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ReadCases, p => p.RequireAuthenticatedUser().RequireRole(
            Names(Role.SendOfficer, Role.TeamManager, Role.PanelMember, Role.PanelChair, Role.Auditor)));
        options.AddPolicy(ManageCases, p => p.RequireAuthenticatedUser().RequireRole(Names(Role.SendOfficer, Role.TeamManager)));
        options.AddPolicy(ViewTimeliness, p => p.RequireAuthenticatedUser().RequireRole(Names(Role.TeamManager, Role.Auditor)));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(Names(Role.Administrator)));
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
