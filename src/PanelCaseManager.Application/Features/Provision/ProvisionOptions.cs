using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// What "local" means and how much the sector match shows ("SectorMatch" in configuration). The defaults follow
/// what children said (domain.md): primary age, a walk or wheel; secondary, about 20 minutes' drive.
/// </summary>
public sealed class SectorMatchOptions
{
    public const string Section = "SectorMatch";

    /// <summary>How far by road a child of primary age or younger can walk or wheel to school: 2 miles.</summary>
    public double PrimaryWalkOrWheelKilometres { get; set; } = 3.2;

    /// <summary>How many minutes' drive counts as local for an older child.</summary>
    public int SecondaryDriveMinutes { get; set; } = 20;

    /// <summary>The average speed of a school run by car, for turning distance into minutes.</summary>
    public double AssumedDrivingSpeedKph { get; set; } = 35;

    /// <summary>How much longer a road route is than the straight line between two points.</summary>
    public double RoadDistanceFactor { get; set; } = 1.3;

    /// <summary>The most candidate settings one match lists (the nearest of the best fitting).</summary>
    public int MaximumCandidates { get; set; } = 50;

    public LocalityRules ToRules() => new(PrimaryWalkOrWheelKilometres, SecondaryDriveMinutes, AssumedDrivingSpeedKph, RoadDistanceFactor);
}

/// <summary>Limits on the settings catalogue's file import ("Catalogue" in configuration).</summary>
public sealed class CatalogueOptions
{
    public const string Section = "Catalogue";

    /// <summary>The largest CSV file accepted, in bytes.</summary>
    public int MaximumImportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The most rows one file may hold.</summary>
    public int MaximumImportRows { get; set; } = 20_000;

    /// <summary>The most problems one import report lists before it stops looking.</summary>
    public int MaximumReportedErrors { get; set; } = 200;
}

internal static class ProvisionRegistration
{
    public static IServiceCollection AddProvision(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CaseSectorMatcher>();
        services.AddOptions<SectorMatchOptions>()
            .Bind(configuration.GetSection(SectorMatchOptions.Section))
            .Validate(
                o => o.PrimaryWalkOrWheelKilometres > 0 && o.SecondaryDriveMinutes > 0 && o.AssumedDrivingSpeedKph > 0
                     && o.RoadDistanceFactor >= 1 && o.MaximumCandidates is >= 1 and <= 1000,
                "SectorMatch: distances, minutes and speed must be positive, RoadDistanceFactor at least 1, MaximumCandidates 1–1000.")
            .ValidateOnStart();
        services.AddOptions<CatalogueOptions>()
            .Bind(configuration.GetSection(CatalogueOptions.Section))
            .Validate(
                o => o.MaximumImportBytes > 0 && o.MaximumImportRows > 0 && o.MaximumReportedErrors > 0,
                "Catalogue: MaximumImportBytes, MaximumImportRows and MaximumReportedErrors must be positive.")
            .ValidateOnStart();
        return services;
    }
}
