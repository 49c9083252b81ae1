using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

public sealed record AreaRangeView(BroadAreaOfNeed Area, string AreaName, int Minimum, int Maximum);

public sealed record NeedView(string Code, string Description);

/// <summary>One version of a sector profile, in full: the primary needs it serves first, as families look for their child's.</summary>
public sealed record SectorProfileVersionView(
    int Number,
    ProfileStatus Status,
    string Name,
    IReadOnlyList<NeedView> ServedNeeds,
    IReadOnlyList<AreaRangeView> Areas,
    IReadOnlyList<NeedView> CoOccurringNeeds,
    int? MaximumClassSize,
    string? StaffingRatio,
    string? Curriculum,
    string? TimeInMainstream,
    string? Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastEditedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? RetiredAt)
{
    /// <summary>Who started the version, by name; given to administrators only.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Who published it, by name; given to administrators only.</summary>
    public string? PublishedBy { get; init; }

    /// <summary>Who retired it, by name; given to administrators only.</summary>
    public string? RetiredBy { get; init; }

    internal static SectorProfileVersionView From(SectorProfileVersion v, Sen2Catalogue sen2) => new(
        v.Number,
        v.Status,
        v.Name,
        v.ServedNeeds.Select(c => new NeedView(c, sen2.Contains(c) ? sen2.Get(c).Description : c)).ToList(),
        v.Content.Ranges.Select(r => new AreaRangeView(r.Area, r.Area.Describe(), r.Levels.Minimum, r.Levels.Maximum)).ToList(),
        v.CoOccurringNeeds.Select(c => new NeedView(c, sen2.Contains(c) ? sen2.Get(c).Description : c)).ToList(),
        v.MaximumClassSize,
        v.StaffingRatio,
        v.Curriculum,
        v.TimeInMainstream,
        v.Description,
        v.CreatedAt,
        v.LastEditedAt,
        v.PublishedAt,
        v.RetiredAt);
}

/// <summary>The result of a change to a sector profile: which version was written and the sector's new version for the next change.</summary>
public sealed record SectorProfileChanged(Guid Id, string Code, int VersionNumber, ProfileStatus Status, int? RetiredVersionNumber, int Version);

internal static class SectorLoading
{
    /// <summary>The sector to change, checked against the version the caller read.</summary>
    public static async Task<Sector> SectorToChange(this PanelDbContext db, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var sector = await db.Sectors.SingleOrDefaultAsync(s => s.Id == new SectorId(id), cancellationToken)
                     ?? throw new NotFoundException("Sector profile", id);
        sector.EnsureVersion(expectedVersion);
        return sector;
    }

    public static SectorProfileVersion VersionToChange(this Sector sector, int number) =>
        sector.FindVersion(number) ?? throw new NotFoundException("Sector profile version", $"{sector.Code} version {number}");
}
