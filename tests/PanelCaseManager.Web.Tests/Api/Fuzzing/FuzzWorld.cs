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

    /// <summary>
    /// Reads what exists, each list in an order that does not depend on the ids (made afresh on each run), so that a
    /// seed picks the same things again when a failure is reproduced.
    /// </summary>
    public static async Task<FuzzWorld> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var cases = (await db.PlacementRequests.AsNoTracking().Select(p => new { p.Id, p.Reference }).ToListAsync())
            .Select(c => (Id: c.Id.Value, Reference: c.Reference.ToString())).OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
        var reference = cases.ToDictionary(c => c.Id, c => c.Reference);
        string Of(Guid caseId) => reference.GetValueOrDefault(caseId, string.Empty);
        var children = (await db.Children.AsNoTracking().Select(c => new { c.Id, c.GivenName, c.FamilyName, c.DateOfBirth }).ToListAsync())
            .OrderBy(c => c.FamilyName, StringComparer.Ordinal).ThenBy(c => c.GivenName, StringComparer.Ordinal).ThenBy(c => c.DateOfBirth).ToList();
        var panels = (await db.PanelMeetings.AsNoTracking().Select(p => new { p.Id, p.MeetingDate, p.Title }).ToListAsync())
            .OrderBy(p => p.MeetingDate).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        var meetingDate = panels.ToDictionary(p => p.Id, p => p.MeetingDate);
        var decisions = (await db.PanelDecisions.AsNoTracking().Select(d => new { d.Id, d.PlacementRequestId, d.PanelMeetingId }).ToListAsync())
            .OrderBy(d => Of(d.PlacementRequestId.Value), StringComparer.Ordinal).ThenBy(d => meetingDate.GetValueOrDefault(d.PanelMeetingId)).Select(d => d.Id).ToList();
        var evidence = (await db.EvidenceItems.AsNoTracking().Select(e => new { e.Id, e.PlacementRequestId, e.ReceivedOn, e.Author, e.Summary }).ToListAsync())
            .OrderBy(e => Of(e.PlacementRequestId.Value), StringComparer.Ordinal).ThenBy(e => e.ReceivedOn).ThenBy(e => e.Author, StringComparer.Ordinal)
            .ThenBy(e => e.Summary, StringComparer.Ordinal).Select(e => e.Id).ToList();
        var advice = (await db.AdviceRequests.AsNoTracking().Select(a => new { a.Id, a.PlacementRequestId, a.RequestedOn, a.Agency, a.AddressedTo }).ToListAsync())
            .OrderBy(a => Of(a.PlacementRequestId.Value), StringComparer.Ordinal).ThenBy(a => a.RequestedOn).ThenBy(a => a.Agency)
            .ThenBy(a => a.AddressedTo, StringComparer.Ordinal).Select(a => a.Id).ToList();
        var consultations = (await db.Consultations.AsNoTracking().Select(c => new { c.Id, c.PlacementRequestId, c.SentOn, c.SettingName }).ToListAsync())
            .OrderBy(c => Of(c.PlacementRequestId.Value), StringComparer.Ordinal).ThenBy(c => c.SentOn).ThenBy(c => c.SettingName, StringComparer.Ordinal)
            .Select(c => c.Id).ToList();
        var sectors = await db.Sectors.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code }).ToListAsync();
        var settings = await db.Settings.AsNoTracking().OrderBy(s => s.Urn).Select(s => new { s.Id, s.Urn }).ToListAsync();
        return new FuzzWorld(
            cases.Select(c => c.Id).ToList(),
            cases.Select(c => c.Reference).ToList(),
            children.Select(c => c.Id.Value).ToList(),
            panels.Select(p => p.Id).ToList(),
            decisions,
            await db.IssuedLetters.AsNoTracking().OrderBy(l => l.Number).Select(l => l.Id).ToListAsync(),
            evidence,
            advice,
            consultations,
            sectors.Select(s => s.Id.Value).ToList(),
            sectors.Select(s => s.Code).ToList(),
            settings.Select(s => s.Id.Value).ToList(),
            settings.Select(s => s.Urn.Value).ToList(),
            (await db.Users.AsNoTracking().Select(u => u.Id).ToListAsync()).Select(u => u.Value).Order(StringComparer.Ordinal).ToList(),
            children.Select(c => $"{c.GivenName} {c.FamilyName}").ToList());
    }
}
