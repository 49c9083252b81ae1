using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// One case's sector match against the published profiles and the settings catalogue, by the rule of
/// <see cref="SectorMatch"/>: what the officer's screen shows and what a case's frozen papers keep.
/// </summary>
public sealed class CaseSectorMatcher(PanelDbContext db, Sen2Catalogue sen2, IOptions<SectorMatchOptions> options)
{
    /// <param name="on">The day the match is for: it fixes the child's school year.</param>
    public async Task<CaseSectorMatch> MatchAsync(PlacementRequest request, Child child, DateOnly on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        var matchChild = new MatchChild(request.NeedLevels, request.Needs, child.YearGroupOn(on), child.Home);
        var sectors = await db.Sectors.AsNoTracking().ToListAsync(cancellationToken);
        var settings = await CandidateSettingsAsync(request, SectorMatch.JudgeSectors(matchChild, sectors, sen2), cancellationToken);
        var rules = options.Value.ToRules();
        var result = SectorMatch.Evaluate(matchChild, sectors, settings, request.Preferences, sen2, rules, options.Value.MaximumCandidates);
        return new CaseSectorMatch(on, matchChild, rules, sectors.ToDictionary(s => s.Id), result);
    }

    /// <summary>Only the settings the answer can name: those of sectors that fit or partly fit, and those the family prefers.</summary>
    private async Task<List<Setting>> CandidateSettingsAsync(PlacementRequest request, IReadOnlyList<SectorVerdict> verdicts, CancellationToken cancellationToken)
    {
        var fitting = verdicts.Where(v => v.Fit != SectorFit.DoesNotFit).Select(v => v.SectorId).ToList();
        var named = request.Preferences.Where(p => p.Kind == PreferenceKind.NamedSetting).ToList();
        var urns = named.Select(p => p.SettingUrn).Where(u => Urn.TryParse(u, out _)).Select(u => Urn.Parse(u!)).ToList();
        var names = named.Select(p => p.SettingName?.Trim().ToUpperInvariant()).OfType<string>().ToList();
#pragma warning disable CA1304, CA1311 // ToUpper here is translated to SQL's UPPER, not run in .NET.
        return await db.Settings.AsNoTracking()
            .Where(s => fitting.Contains(s.SectorId) || urns.Contains(s.Urn) || names.Contains(s.Name.ToUpper()))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
    }
}

/// <summary>A case's match on a day: the child as matched, what "local" meant, the sectors by id, and the verdicts.</summary>
public sealed record CaseSectorMatch(DateOnly AssessedOn, MatchChild Child, LocalityRules Rules, IReadOnlyDictionary<SectorId, Sector> Sectors, SectorMatchResult Result);
