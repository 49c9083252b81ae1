using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>A setting as the catalogue shows it, with its vacancies worked out.</summary>
public sealed record SettingView(
    Guid Id,
    string Urn,
    string Name,
    SettingPhase Phase,
    int LowestAge,
    int HighestAge,
    ProvisionKind Kind,
    string Sector,
    string SectorName,
    SettingStatus Status,
    bool InAuthorityArea,
    string Postcode,
    double Latitude,
    double Longitude,
    int CommissionedPlaces,
    int PlacesFilled,
    int Vacancies,
    decimal AnnualCost,
    int Version)
{
    internal static SettingView From(Setting s, string sectorCode, string sectorName) => new(
        s.Id.Value,
        s.Urn.Value,
        s.Name,
        s.Phase,
        s.LowestAge,
        s.HighestAge,
        s.Kind,
        sectorCode,
        sectorName,
        s.Status,
        s.InAuthorityArea,
        s.Postcode.Value,
        s.Location.Latitude,
        s.Location.Longitude,
        s.CommissionedPlaces,
        s.PlacesFilled,
        s.Vacancies,
        s.AnnualCost.Pounds,
        s.Version);
}
