using System.Security.Claims;

namespace PanelCaseManager.Application.Common;

/// <summary>
/// The principal a background job acts as: authenticated, named after the job, with no role a person can hold,
/// so it passes only the <see cref="Security.Policies.RunSystemJobs"/> policy and never a person's.
/// </summary>
public static class SystemPrincipal
{
    public const string SystemJobClaim = "system-job";
    public const string AuthenticationType = "System";
    public const string SubjectPrefix = "system:";

    public static ClaimsPrincipal For(string jobName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        var identity = new ClaimsIdentity(
            [
                new Claim(PanelClaimTypes.Subject, SubjectPrefix + jobName),
                new Claim(PanelClaimTypes.Name, $"System ({jobName})"),
                new Claim(SystemJobClaim, jobName),
            ],
            AuthenticationType,
            PanelClaimTypes.Name,
            PanelClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
