using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>A case's evidence: documents, advice asked for (what is outstanding or overdue), and the family's and child's views.</summary>
public static class GetCaseEvidence
{
    public enum AdviceStatus
    {
        Outstanding,
        Overdue,
        Received,
        ReceivedLate,
    }

    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<CaseEvidence>, ICaseScoped;

    public sealed record CaseEvidence(
        Guid PlacementRequestId,
        IReadOnlyList<DocumentView> Documents,
        IReadOnlyList<AdviceView> Advice,
        int OutstandingAdvice,
        int OverdueAdvice,
        IReadOnlyList<ViewRecord> Views);

    public sealed record DocumentView(
        Guid Id,
        EvidenceKind Kind,
        Agency? Agency,
        string Author,
        DateOnly ReceivedOn,
        string Summary,
        string FileName,
        DocumentType Type,
        long SizeBytes,
        string ContentSha256,
        Guid? AdviceRequestId,
        DateTimeOffset RecordedAt,
        bool Late,
        Guid? LateForPanelMeetingId);

    public sealed record AdviceView(
        Guid Id,
        Agency Agency,
        string AgencyDescription,
        string AddressedTo,
        DateOnly RequestedOn,
        DateOnly DueOn,
        DateOnly? ReceivedOn,
        AdviceStatus Status,
        string? Summary,
        string? Recommendation,
        Guid? EvidenceItemId,
        int Version);

    public sealed record ViewRecord(
        Guid Id, Voice Voice, string GivenBy, DateOnly GatheredOn, string HowGathered, string WhatMatters, string? HopesAndAspirations, string? HowBestSupported, DateTimeOffset RecordedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, CaseEvidence>
    {
        public async ValueTask<CaseEvidence> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            if (!await db.PlacementRequests.AnyAsync(p => p.Id == caseId, cancellationToken))
            {
                throw new NotFoundException("Placement request", query.PlacementRequestId);
            }

            var today = UkCalendar.Today(clock);
            var documents = await db.EvidenceItems.AsNoTracking()
                .Where(e => e.PlacementRequestId == caseId)
                .OrderBy(e => e.RecordedAt)
                .Select(e => new DocumentView(
                    e.Id, e.Kind, e.Agency, e.Author, e.ReceivedOn, e.Summary, e.File.FileName, e.File.Type, e.File.SizeBytes, e.File.ContentSha256,
                    e.AdviceRequestId, e.RecordedAt, e.LateForPanelMeetingId != null, e.LateForPanelMeetingId))
                .ToListAsync(cancellationToken);
            var advice = (await db.AdviceRequests.AsNoTracking()
                    .Where(a => a.PlacementRequestId == caseId)
                    .OrderBy(a => a.RequestedOn)
                    .ToListAsync(cancellationToken))
                .Select(a => new AdviceView(
                    a.Id, a.Agency, a.AgencyDescription, a.AddressedTo, a.RequestedOn, a.DueOn, a.ReceivedOn, StatusOf(a, today),
                    a.Summary, a.Recommendation, a.EvidenceItemId, a.Version))
                .ToList();
            var views = await db.CaseViews.AsNoTracking()
                .Where(v => v.PlacementRequestId == caseId)
                .OrderBy(v => v.RecordedAt)
                .Select(v => new ViewRecord(v.Id, v.Voice, v.GivenBy, v.GatheredOn, v.HowGathered, v.WhatMatters, v.HopesAndAspirations, v.HowBestSupported, v.RecordedAt))
                .ToListAsync(cancellationToken);

            return new CaseEvidence(
                query.PlacementRequestId,
                documents,
                advice,
                advice.Count(a => a.Status is AdviceStatus.Outstanding or AdviceStatus.Overdue),
                advice.Count(a => a.Status == AdviceStatus.Overdue),
                views);
        }

        private static AdviceStatus StatusOf(AdviceRequest advice, DateOnly today) => advice switch
        {
            { ReceivedOn: null } when advice.IsOverdueOn(today) => AdviceStatus.Overdue,
            { ReceivedOn: null } => AdviceStatus.Outstanding,
            { ReceivedOn: { } received } when received > advice.DueOn => AdviceStatus.ReceivedLate,
            _ => AdviceStatus.Received,
        };
    }
}
