using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>The stored bytes of one piece of a case's evidence, to download.</summary>
public static class GetEvidenceContent
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId, Guid EvidenceItemId) : IQuery<Content>, ICaseScoped;

    /// <summary>The file to send; the caller disposes of the stream.</summary>
    public sealed record Content(string FileName, string MediaType, string ContentSha256, Stream Stream);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(q => q.EvidenceItemId).NotEmpty().WithMessage("Give the id of the evidence.");
        }
    }

    public sealed class Handler(PanelDbContext db, IDocumentStore documents) : IQueryHandler<Query, Content>
    {
        public async ValueTask<Content> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var file = await db.EvidenceItems.AsNoTracking()
                           .Where(e => e.Id == query.EvidenceItemId && e.PlacementRequestId == caseId)
                           .Select(e => e.File)
                           .SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException("Evidence", query.EvidenceItemId);
            var stream = await documents.OpenAsync(file.ContentSha256, cancellationToken)
                         ?? throw new InvalidOperationException($"The document store has lost the content {file.ContentSha256} of evidence {query.EvidenceItemId}.");
            return new Content(file.FileName, file.Type.MediaType(), file.ContentSha256, stream);
        }
    }
}
