using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// Builds and freezes case packs. A case's papers freeze at the first of: an officer freezing the meeting's papers
/// after the cut-off; the case going on the agenda late; the panel beginning its work; or any change to the case
/// after the cut-off — frozen just before that change, so a pack always holds the case exactly as it stood at the
/// cut-off and nothing later can slip into it unseen.
/// </summary>
public sealed class CasePacks(PanelDbContext db, CaseSectorMatcher matcher, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The case's frozen pack for the meeting, freezing it now if it is not frozen yet.</summary>
    public async Task<CasePack> EnsureFrozenAsync(PanelMeeting meeting, PlacementRequestId caseId, FreezeTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var existing = db.CasePacks.Local.SingleOrDefault(p => p.PanelMeetingId == meeting.Id && p.PlacementRequestId == caseId)
                       ?? await db.CasePacks.SingleOrDefaultAsync(p => p.PanelMeetingId == meeting.Id && p.PlacementRequestId == caseId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetUtcNow();
        var document = await BuildAsync(meeting, caseId, now, cancellationToken);
        var pack = CasePack.Freeze(meeting, caseId, document.SchemaVersion, document.ToJson(), trigger, currentUser.Id, now);
        db.CasePacks.Add(pack);
        return pack;
    }

    /// <summary>
    /// Call before changing anything a case's pack holds. Freezes the papers of every meeting whose cut-off has passed
    /// and which has the case on its agenda, undecided; returns the earliest such meeting, for which the change is late.
    /// </summary>
    public async Task<Guid?> FreezeBeforeChangeAsync(PlacementRequestId caseId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var meetings = await db.PanelMeetings
            .AsSplitQuery()
            .Where(m => m.CutOffAt <= now && m.Agenda.Any(a => a.PlacementRequestId == caseId && a.DecisionId == null))
            .OrderBy(m => m.MeetingDate)
            .ToListAsync(cancellationToken);
        foreach (var meeting in meetings)
        {
            await EnsureFrozenAsync(meeting, caseId, FreezeTrigger.ChangeAfterCutOff, cancellationToken);
        }

        return meetings.FirstOrDefault()?.Id;
    }

    /// <summary>What the case's pack holds now, without freezing anything: the panel's papers before the cut-off.</summary>
    public Task<CasePackDocument> PreviewAsync(PanelMeeting meeting, PlacementRequestId caseId, CancellationToken cancellationToken) =>
        BuildAsync(meeting, caseId, clock.GetUtcNow(), cancellationToken);

    private async Task<CasePackDocument> BuildAsync(PanelMeeting meeting, PlacementRequestId caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // No tracking: the pack holds what is committed, never a change this command is in the middle of making.
        var row = await (
                from request in db.PlacementRequests.AsNoTracking()
                join child in db.Children.AsNoTracking() on request.ChildId equals child.Id
                where request.Id == caseId
                select new { Request = request, Child = child })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Placement request", caseId.Value);
        var p = row.Request;
        var c = row.Child;

        var evidence = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.PlacementRequestId == caseId)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .Select(e => new CasePackDocument.PackEvidence(
                e.Id, e.Kind, e.Agency, e.Author, e.ReceivedOn, e.Summary, e.File.FileName, e.File.Type, e.File.SizeBytes, e.File.ContentSha256, e.AdviceRequestId))
            .ToListAsync(cancellationToken);
        var advice = (await db.AdviceRequests.AsNoTracking()
                .Where(a => a.PlacementRequestId == caseId)
                .OrderBy(a => a.RequestedAt).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken))
            .Select(a => new CasePackDocument.PackAdvice(
                a.Id, a.Agency, a.AgencyDescription, a.AddressedTo, a.RequestedOn, a.DueOn, a.ReceivedOn, a.Summary, a.Recommendation, a.EvidenceItemId))
            .ToList();
        var views = await db.CaseViews.AsNoTracking()
            .Where(v => v.PlacementRequestId == caseId)
            .OrderBy(v => v.RecordedAt).ThenBy(v => v.Id)
            .Select(v => new CasePackDocument.PackView(v.Id, v.Voice, v.GivenBy, v.GatheredOn, v.HowGathered, v.WhatMatters, v.HopesAndAspirations, v.HowBestSupported))
            .ToListAsync(cancellationToken);
        var match = await matcher.MatchAsync(p, c, UkCalendar.DateOf(now), cancellationToken);

        return new CasePackDocument(
            CasePackDocument.SchemaName,
            CasePackDocument.CurrentVersion,
            new CasePackDocument.PackMeeting(meeting.Id, meeting.Title, meeting.MeetingDate, meeting.CutOffAt, meeting.TermsOfReferenceNumber),
            new CasePackDocument.PackCase(
                p.Id.Value,
                p.Reference.Value,
                p.Type,
                p.ReceivedDate,
                new CasePackDocument.PackChild(c.GivenName, c.FamilyName, c.DateOfBirth, c.CurrentSetting, c.Home?.Postcode.Value),
                p.PrimaryNeed,
                p.Needs.SingleOrDefault(n => n.Rank == RankedNeed.Secondary)?.Code,
                new CasePackDocument.PackNeedLevels(
                    p.NeedLevels.CommunicationAndInteraction, p.NeedLevels.CognitionAndLearning, p.NeedLevels.SocialEmotionalAndMentalHealth, p.NeedLevels.SensoryAndPhysical)),
            p.Preferences.OrderBy(x => x.Rank)
                .Select(x => new CasePackDocument.PackPreference(x.Rank, x.Kind, x.SettingName, x.SettingUrn, x.ProvisionKind, x.Reasons))
                .ToList(),
            evidence,
            advice,
            views,
            now,
            CasePackDocument.MatchOf(match));
    }
}
