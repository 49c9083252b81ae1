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

/// <summary>A document the officer shared with the partner, to download; any other document is "not found".</summary>
public static class GetSharedDocument
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query(Guid PartnerRequestId, Guid EvidenceItemId) : IQuery<Evidence.GetEvidenceContent.Content>, IPartnerRequestScoped;

    public sealed class Handler(PanelDbContext db, IDocumentStore documents) : IQueryHandler<Query, Evidence.GetEvidenceContent.Content>
    {
        public async ValueTask<Evidence.GetEvidenceContent.Content> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var request = await db.PartnerRequests.AsNoTracking().SingleAsync(r => r.Id == query.PartnerRequestId, cancellationToken);
            var file = request.Shares(query.EvidenceItemId)
                ? await db.EvidenceItems.AsNoTracking().Where(e => e.Id == query.EvidenceItemId && e.PlacementRequestId == request.PlacementRequestId).Select(e => e.File).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (file is null)
            {
                throw new NotFoundException("Document", query.EvidenceItemId);
            }

            var stream = await documents.OpenAsync(file.ContentSha256, cancellationToken)
                         ?? throw new InvalidOperationException($"The document store has lost the content {file.ContentSha256} of evidence {query.EvidenceItemId}.");
            return new Evidence.GetEvidenceContent.Content(file.FileName, file.Type.MediaType(), file.ContentSha256, stream);
        }
    }
}
