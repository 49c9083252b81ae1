using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// One document of a case's papers for a meeting, as the papers hold it: once frozen, the bytes with the SHA-256 the
/// pack recorded (never a later upload, never a document added after the cut-off); before then, as the preview lists
/// it. A document that is not in these papers is "not found", like a case the caller may not see (ADR 0140).
/// </summary>
public static class GetCasePackDocument
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PanelId, Guid PlacementRequestId, Guid EvidenceItemId) : IQuery<GetEvidenceContent.Content>, ICaseScoped, IPanelScoped, IThroughPanel;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(q => q.EvidenceItemId).NotEmpty().WithMessage("Give the id of the document.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, IDocumentStore documents) : IQueryHandler<Query, GetEvidenceContent.Content>
    {
        public async ValueTask<GetEvidenceContent.Content> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var meeting = await db.PanelMeetings.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(m => m.Id == query.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", query.PanelId);
            if (meeting.AgendaItemFor(caseId) is null)
            {
                throw new NotFoundException("Case on this meeting's agenda", query.PlacementRequestId);
            }

            var frozen = await db.CasePacks.AsNoTracking()
                .Where(p => p.PanelMeetingId == meeting.Id && p.PlacementRequestId == caseId)
                .Select(p => p.Content)
                .SingleOrDefaultAsync(cancellationToken);
            var papers = frozen is null ? await packs.PreviewAsync(meeting, caseId, cancellationToken) : CasePackDocument.FromJson(frozen);
            var item = papers.Evidence.SingleOrDefault(e => e.Id == query.EvidenceItemId)
                       ?? throw new NotFoundException("Document in the panel's papers", query.EvidenceItemId);
            var stream = await documents.OpenAsync(item.ContentSha256, cancellationToken)
                         ?? throw new InvalidOperationException($"The document store has lost the content {item.ContentSha256} of evidence {item.Id}.");
            return new GetEvidenceContent.Content(item.FileName, item.Type.MediaType(), item.ContentSha256, stream);
        }
    }
}
