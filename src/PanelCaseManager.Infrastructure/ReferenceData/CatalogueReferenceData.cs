using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Persistence;

namespace PanelCaseManager.Infrastructure.ReferenceData;

/// <summary>"ReferenceData" in configuration.</summary>
public sealed class ReferenceDataOptions
{
    public const string Section = "ReferenceData";

    /// <summary>
    /// Load the seed county's sector profiles (published) and fictional settings when the embedded default
    /// (SQLite), or any database with demonstration data on, starts with an empty catalogue. A council on a server
    /// database loads its own by the API and CSV import.
    /// </summary>
    public bool LoadDefaultCatalogue { get; set; } = true;
}

/// <summary>Fills an empty catalogue of the embedded default with the continuum of domain.md, once.</summary>
public sealed partial class CatalogueReferenceData(
    PanelDbContext db,
    IOptions<ReferenceDataOptions> options,
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demoData,
    TimeProvider clock,
    ILogger<CatalogueReferenceData> logger)
{
    /// <summary>Who published the default profiles, in their version history.</summary>
    public static readonly UserId LoadedBy = new("reference-data");

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDefaultCatalogue || (database.Value.Provider != DatabaseProvider.Sqlite && !demoData.Value.Enabled)
            || await db.Sectors.AnyAsync(cancellationToken) || await db.Settings.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var sectors = new Dictionary<string, SectorId>();
        foreach (var definition in DefaultSectors.All)
        {
            var sector = Sector.Create(definition.Code, definition.Kind, definition.Content, LoadedBy, now);
            sector.Publish(1, LoadedBy, now);
            sector.ClearDomainEvents();
            db.Sectors.Add(sector);
            sectors[definition.Code] = sector.Id;
        }

        foreach (var e in DefaultSettings.All)
        {
            var setting = Setting.Add(new SettingDetails(
                Urn.Parse(e.Urn),
                e.Name,
                e.Phase,
                e.LowestAge,
                e.HighestAge,
                e.Kind,
                sectors[e.Sector],
                e.Status,
                e.InAuthorityArea,
                Postcode.Parse(e.Postcode),
                new GeoPoint(e.Latitude, e.Longitude),
                e.CommissionedPlaces,
                e.PlacesFilled,
                Money.FromPounds(e.AnnualCost)));
            setting.ClearDomainEvents();
            db.Settings.Add(setting);
        }

        await db.SaveChangesAsync(cancellationToken);
        LogLoaded(logger, sectors.Count, DefaultSettings.All.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the default provision catalogue: {Sectors} published sector profiles and {Settings} settings")]
    private static partial void LogLoaded(ILogger logger, int sectors, int settings);
}
