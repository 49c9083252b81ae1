using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>
/// One request as its partner sees it: the due date, what the officer shared (sections and documents, nothing else),
/// what they have answered, and their questions.
/// </summary>
public static class GetPartnerRequest
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query(Guid PartnerRequestId) : IQuery<View>, IPartnerRequestScoped;

    public sealed record View(
        Guid Id,
        PartnerRequestKind Kind,
        string Reference,
        string What,
        DateOnly DueOn,
        bool Overdue,
        PartnerRequestStatus Status,
        bool CanRespond,
        string? ClosedBecause,
        IReadOnlyList<SharedSection> Sections,
        SharedChild? Child,
        SharedNeeds? Needs,
        IReadOnlyList<string>? Preferences,
        IReadOnlyList<SharedView>? Views,
        IReadOnlyList<SharedDocument> Documents,
        string? DeclineReason,
        AdviceAnswer? Advice,
        ConsultationAnswer? Consultation,
        IReadOnlyList<PartnerQuestion> Questions,
        int Version);

    public sealed record SharedChild(string Name, DateOnly DateOfBirth);

    public sealed record SharedNeeds(IReadOnlyList<string> RankedNeeds, int CommunicationAndInteraction, int CognitionAndLearning, int SocialEmotionalAndMentalHealth, int SensoryAndPhysical);

    public sealed record SharedView(Voice Voice, string GivenBy, DateOnly GatheredOn, string WhatMatters, string? HopesAndAspirations, string? HowBestSupported);

    public sealed record SharedDocument(Guid Id, string FileName, EvidenceKind Kind, DateOnly ReceivedOn, long SizeBytes);

    public sealed record AdviceAnswer(DateOnly ReceivedOn, string? Summary, string? Recommendation, string? FileName);

    public sealed record ConsultationAnswer(
        string SettingName, DateOnly? RespondedOn, ConsultationResponse? Response, IReadOnlyList<ConsultationAdjustment> Adjustments, NamingObjection Objections, string? Summary, ConsultationOutcome? Outcome);

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var request = await db.PartnerRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.PartnerRequestId, cancellationToken)
                          ?? throw new NotFoundException("Request", query.PartnerRequestId);
            var placement = await db.PlacementRequests.AsNoTracking().AsSplitQuery().SingleAsync(p => p.Id == request.PlacementRequestId, cancellationToken);
            var today = UkCalendar.Today(clock);
            var sections = request.Sections;

            SharedChild? child = null;
            if (sections.HasFlag(SharedSection.ChildDetails))
            {
                var c = await db.Children.AsNoTracking().SingleAsync(x => x.Id == placement.ChildId, cancellationToken);
                child = new SharedChild($"{c.GivenName} {c.FamilyName}", c.DateOfBirth);
            }

            var needs = sections.HasFlag(SharedSection.Needs)
                ? new SharedNeeds(placement.Needs.OrderBy(n => n.Rank).Select(n => n.Code).ToList(), placement.NeedLevels.CommunicationAndInteraction,
                    placement.NeedLevels.CognitionAndLearning, placement.NeedLevels.SocialEmotionalAndMentalHealth, placement.NeedLevels.SensoryAndPhysical)
                : null;
            var preferences = sections.HasFlag(SharedSection.Preferences)
                ? placement.Preferences.OrderBy(p => p.Rank).Select(p => $"{p.Rank}. {p.Describe()}: {p.Reasons}").ToList()
                : null;
            var views = sections.HasFlag(SharedSection.Views)
                ? (await db.CaseViews.AsNoTracking().Where(v => v.PlacementRequestId == request.PlacementRequestId).OrderBy(v => v.GatheredOn).ToListAsync(cancellationToken))
                    .Select(v => new SharedView(v.Voice, v.GivenBy, v.GatheredOn, v.WhatMatters, v.HopesAndAspirations, v.HowBestSupported)).ToList()
                : null;
            var shared = request.SharedDocumentIds.ToList();
            var documents = (await db.EvidenceItems.AsNoTracking().Where(e => shared.Contains(e.Id) && e.PlacementRequestId == request.PlacementRequestId).ToListAsync(cancellationToken))
                .OrderBy(e => e.ReceivedOn).Select(e => new SharedDocument(e.Id, e.File.FileName, e.Kind, e.ReceivedOn, e.File.SizeBytes)).ToList();

            AdviceAnswer? advice = null;
            ConsultationAnswer? consultation = null;
            string what;
            string? closedBecause = null;
            if (request.AdviceRequestId is { } adviceId)
            {
                var a = await db.AdviceRequests.AsNoTracking().SingleAsync(x => x.Id == adviceId, cancellationToken);
                what = $"Your {a.AgencyDescription} advice";
                if (a.ReceivedOn is { } received)
                {
                    var fileName = a.EvidenceItemId is { } evidenceId
                        ? await db.EvidenceItems.AsNoTracking().Where(e => e.Id == evidenceId).Select(e => e.File.FileName).SingleOrDefaultAsync(cancellationToken)
                        : null;
                    // What the partner sent is theirs to see; an answer an officer recorded from elsewhere is only said to be in.
                    advice = request.Status == PartnerRequestStatus.Answered
                        ? new AdviceAnswer(received, a.Summary, a.Recommendation, fileName)
                        : new AdviceAnswer(received, null, null, null);
                    closedBecause ??= request.Status == PartnerRequestStatus.Answered ? null : "The SEND team has already received this advice.";
                }
            }
            else
            {
                var c = await db.Consultations.AsNoTracking().SingleAsync(x => x.Id == request.ConsultationId, cancellationToken);
                what = $"Consultation: can {c.SettingName} meet the child's needs?";
                consultation = new ConsultationAnswer(c.SettingName, c.RespondedOn, c.Response, c.Adjustments, c.Objections, c.ResponseSummary, c.Outcome);
                if (c.Response is not null && request.Status != PartnerRequestStatus.Answered)
                {
                    closedBecause = "The SEND team has already recorded the setting's answer.";
                }
                else if (c.Outcome is not null && c.Response is null)
                {
                    closedBecause = $"The consultation closed on {DateText.Plain(UkCalendar.DateOf(c.OutcomeRecordedAt!.Value))}: the SEND team has recorded its outcome.";
                }
            }

            var canRespond = request.IsWaiting && closedBecause is null;
            return new View(request.Id, request.Kind, placement.Reference.Value, what, request.DueOn, canRespond && today > request.DueOn, request.Status, canRespond, closedBecause,
                PartnerSharing.Split(sections), child, needs, preferences, views, documents, request.DeclineReason, advice, consultation, request.Questions, request.Version);
        }
    }
}
