using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>What reached a case after its papers were frozen: shown beside the pack, marked late, never merged into it.</summary>
public sealed record LateAdditions(
    IReadOnlyList<LateAdditions.Document> Documents,
    IReadOnlyList<LateAdditions.AdviceUpdate> Advice,
    IReadOnlyList<LateAdditions.View> Views,
    bool PreferencesChangedSinceFrozen)
{
    public bool Any => Documents.Count > 0 || Advice.Count > 0 || Views.Count > 0 || PreferencesChangedSinceFrozen;

    public sealed record Document(Guid Id, EvidenceKind Kind, string Author, DateOnly ReceivedOn, string Summary, string FileName, DateTimeOffset RecordedAt);

    public sealed record AdviceUpdate(Guid Id, string Agency, DateOnly RequestedOn, DateOnly? ReceivedOn, string? Summary, string? Recommendation);

    public sealed record View(Guid Id, Voice Voice, string GivenBy, string WhatMatters, DateTimeOffset RecordedAt);

    /// <summary>Everything recorded for the case up to <paramref name="until"/> that the frozen pack does not hold.</summary>
    public static async Task<LateAdditions> FindAsync(
        PanelDbContext db, PlacementRequestId caseId, CasePackDocument pack, DateTimeOffset frozenAt, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pack);
        var inPack = pack.Evidence.Select(e => e.Id).ToList();
        var documents = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.PlacementRequestId == caseId && e.RecordedAt <= until && !inPack.Contains(e.Id))
            .OrderBy(e => e.RecordedAt)
            .Select(e => new Document(e.Id, e.Kind, e.Author, e.ReceivedOn, e.Summary, e.File.FileName, e.RecordedAt))
            .ToListAsync(cancellationToken);

        var adviceInPack = pack.Advice.ToDictionary(a => a.Id);
        var advice = (await db.AdviceRequests.AsNoTracking()
                .Where(a => a.PlacementRequestId == caseId && a.RequestedAt <= until)
                .OrderBy(a => a.RequestedAt)
                .ToListAsync(cancellationToken))
            .Select(a => (Request: a, ReceivedBy: a.ReceiptRecordedAt <= until))
            .Where(x => !adviceInPack.TryGetValue(x.Request.Id, out var frozen) || (frozen.ReceivedOn is null && x.ReceivedBy))
            .Select(x => new AdviceUpdate(
                x.Request.Id,
                x.Request.AgencyDescription,
                x.Request.RequestedOn,
                x.ReceivedBy ? x.Request.ReceivedOn : null,
                x.ReceivedBy ? x.Request.Summary : null,
                x.ReceivedBy ? x.Request.Recommendation : null))
            .ToList();

        var viewsInPack = pack.Views.Select(v => v.Id).ToList();
        var views = await db.CaseViews.AsNoTracking()
            .Where(v => v.PlacementRequestId == caseId && v.RecordedAt <= until && !viewsInPack.Contains(v.Id))
            .OrderBy(v => v.RecordedAt)
            .Select(v => new View(v.Id, v.Voice, v.GivenBy, v.WhatMatters, v.RecordedAt))
            .ToListAsync(cancellationToken);

        // A change after the cut-off freezes the pack first, in the same instant: so "at or after" the freeze.
        var preferencesChanged = await db.CaseEvents.AsNoTracking()
            .AnyAsync(e => e.PlacementRequestId == caseId && e.Kind == CaseEventKinds.PreferencesRecorded && e.OccurredAt >= frozenAt && e.OccurredAt <= until, cancellationToken);
        return new LateAdditions(documents, advice, views, preferencesChanged);
    }
}
