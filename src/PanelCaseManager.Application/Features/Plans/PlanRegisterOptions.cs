using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// Limits on the plan register's file import and how the phase transfer cohort grades each child ("PlanRegister" in
/// configuration). The statutory periods themselves (the annual review's 12 months, the transfer dates) are the
/// clock's, in "StatutoryClock".
/// </summary>
public sealed class PlanRegisterOptions
{
    public const string Section = "PlanRegister";

    /// <summary>The largest CSV file accepted, in bytes: 10 MB holds the largest area's 20,000 plans several times over.</summary>
    public int MaximumImportBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most rows one file may hold (the largest area has about 20,600 plans).</summary>
    public int MaximumImportRows { get; set; } = 30_000;

    /// <summary>The most problems one import report lists before it stops looking.</summary>
    public int MaximumReportedErrors { get; set; } = 200;

    /// <summary>
    /// A transfer whose amended plan is not issued is "at risk" when fewer days than this are left to the statutory
    /// date and the panel has not decided, or when no request has been made for it at all within this window. Local
    /// practice, not law: about 10 weeks leaves time for a panel and the notice.
    /// </summary>
    public int CohortAtRiskDays { get; set; } = 70;

    /// <summary>The most rows the cohort and register pages show at once.</summary>
    public int MaximumPageSize { get; set; } = 200;
}

internal static class PlanRegisterRegistration
{
    public static IServiceCollection AddPlanRegister(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PlanScope>();
        services.AddScoped<PhaseTransferCohortReader>();
        services.AddOptions<PlanRegisterOptions>()
            .Bind(configuration.GetSection(PlanRegisterOptions.Section))
            .Validate(
                o => o.MaximumImportBytes > 0 && o.MaximumImportRows > 0 && o.MaximumReportedErrors > 0
                     && o.CohortAtRiskDays is >= 0 and <= 366 && o.MaximumPageSize is >= 10 and <= 1000,
                "PlanRegister: import limits must be positive, CohortAtRiskDays 0–366, MaximumPageSize 10–1000.")
            .ValidateOnStart();
        return services;
    }
}
