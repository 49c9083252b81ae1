using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// A case's papers for a meeting: the frozen pack once the cut-off has passed (with its hash, checked, and anything
/// added since shown as late), or before then a preview of what the pack will hold.
/// </summary>
public static class GetCasePack
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PanelId, Guid PlacementRequestId) : IQuery<Papers>, ICaseScoped, IPanelScoped, IThroughPanel;

    /// <param name="Frozen">False for a preview before the cut-off: the papers may still change.</param>
    /// <param name="Intact">Whether the stored pack still has the SHA-256 it was frozen with.</param>
    public sealed record Papers(
        Guid PanelId,
        Guid PlacementRequestId,
        bool Frozen,
        Guid? CasePackId,
        int SchemaVersion,
        string? Sha256,
        bool? Intact,
        DateTimeOffset? FrozenAt,
        FreezeTrigger? Trigger,
        JsonElement Pack,
        LateAdditions? LateAdditions);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, TimeProvider clock) : IQueryHandler<Query, Papers>
    {
        public async ValueTask<Papers> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var meeting = await db.PanelMeetings.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(m => m.Id == query.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", query.PanelId);
            if (meeting.AgendaItemFor(caseId) is null)
            {
                throw new NotFoundException("Case on this meeting's agenda", query.PlacementRequestId);
            }

            var pack = await db.CasePacks.AsNoTracking().SingleOrDefaultAsync(p => p.PanelMeetingId == meeting.Id && p.PlacementRequestId == caseId, cancellationToken);
            if (pack is null)
            {
                var preview = await packs.PreviewAsync(meeting, caseId, cancellationToken);
                return new Papers(meeting.Id, query.PlacementRequestId, false, null, preview.SchemaVersion, null, null, null, null,
                    JsonSerializer.SerializeToElement(preview, CasePackDocument.Json), null);
            }

            var late = await LateAdditions.FindAsync(db, caseId, CasePackDocument.FromJson(pack.Content), pack.FrozenAt, clock.GetUtcNow(), cancellationToken);
            using var document = JsonDocument.Parse(pack.Content);
            return new Papers(meeting.Id, query.PlacementRequestId, true, pack.Id, pack.SchemaVersion, pack.Sha256, pack.IsIntact, pack.FrozenAt, pack.Trigger,
                document.RootElement.Clone(), late);
        }
    }
}
