using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Web.Tests.Api.Fuzzing;

/// <summary>
/// What exists in the fuzzed app, so that generated requests name real things as well as made-up ones: every case
/// (of every team, so an officer also names another team's), meeting, decision, letter, document, advice request,
/// consultation, sector, setting and user, and the children's names that must never reach the log.
/// </summary>
internal sealed record FuzzWorld(
    IReadOnlyList<Guid> Cases,
    IReadOnlyList<string> CaseReferences,
    IReadOnlyList<Guid> Children,
    IReadOnlyList<Guid> Panels,
    IReadOnlyList<Guid> Decisions,
    IReadOnlyList<Guid> Letters,
    IReadOnlyList<Guid> Evidence,
    IReadOnlyList<Guid> AdviceRequests,
    IReadOnlyList<Guid> Consultations,
    IReadOnlyList<Guid> Sectors,
    IReadOnlyList<string> SectorCodes,
    IReadOnlyList<Guid> Settings,
    IReadOnlyList<string> SettingUrns,
    IReadOnlyList<string> Users,
    IReadOnlyList<string> ChildNames)
{
    /// <summary>The cases each role sees in its own lists, to name more often than those it may not see.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Guid>> VisibleCases { get; init; } = new Dictionary<string, IReadOnlyList<Guid>>();

    /// <summary>The accounts the fuzzer signs in with, which its requests leave alone.</summary>
    public IReadOnlyList<string> FuzzAccounts { get; init; } = [];

    public static async Task<FuzzWorld> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var cases = await db.PlacementRequests.AsNoTracking().OrderBy(p => p.SubmittedAt).Select(p => new { p.Id, p.Reference }).ToListAsync();
        var children = await db.Children.AsNoTracking().OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).Select(c => new { c.Id, c.GivenName, c.FamilyName }).ToListAsync();
        var sectors = await db.Sectors.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code }).ToListAsync();
        var settings = await db.Settings.AsNoTracking().OrderBy(s => s.Urn).Select(s => new { s.Id, s.Urn }).ToListAsync();
        return new FuzzWorld(
            cases.Select(c => c.Id.Value).ToList(),
            cases.Select(c => c.Reference.ToString()).ToList(),
            children.Select(c => c.Id.Value).ToList(),
            await db.PanelMeetings.AsNoTracking().OrderBy(p => p.MeetingDate).Select(p => p.Id).ToListAsync(),
            await db.PanelDecisions.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(),
            await db.IssuedLetters.AsNoTracking().OrderBy(l => l.Number).Select(l => l.Id).ToListAsync(),
            await db.EvidenceItems.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(),
            await db.AdviceRequests.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(),
            await db.Consultations.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(),
            sectors.Select(s => s.Id.Value).ToList(),
            sectors.Select(s => s.Code).ToList(),
            settings.Select(s => s.Id.Value).ToList(),
            settings.Select(s => s.Urn.Value).ToList(),
            (await db.Users.AsNoTracking().Select(u => u.Id).ToListAsync()).Select(u => u.Value).Order(StringComparer.Ordinal).ToList(),
            children.Select(c => $"{c.GivenName} {c.FamilyName}").ToList());
    }
}
