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

/// <summary>What every partner's answer does: loads the request to change, and tells the case's officer.</summary>
public sealed class PartnerResponses(PanelDbContext db, TimeProvider clock)
{
    public async Task<PartnerRequest> OpenAsync(Guid partnerRequestId, int expectedVersion, CancellationToken cancellationToken)
    {
        var request = await db.PartnerRequests.SingleOrDefaultAsync(r => r.Id == partnerRequestId, cancellationToken)
                      ?? throw new NotFoundException("Request", partnerRequestId);
        request.EnsureVersion(expectedVersion);
        return request;
    }

    /// <summary>The case's officer hears of it, by the case's reference and a link to its tab.</summary>
    public async Task TellOfficerAsync(PartnerRequest request, string kind, string subject, string happened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var placement = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == request.PlacementRequestId)
            .Select(p => new { p.Reference, p.AssignedOfficerId }).SingleAsync(cancellationToken);
        var tab = request.Kind == PartnerRequestKind.Advice ? "advice" : "consultations";
        var who = request.Kind == PartnerRequestKind.Advice ? "The professional asked for advice" : "The setting consulted";
        db.Notifications.Add(Notifications.Notification.Create(
            placement.AssignedOfficerId,
            kind,
            $"{subject} ({placement.Reference})",
            $"{who} on {placement.Reference} {happened}.",
            $"/cases/{request.PlacementRequestId.Value}/{tab}",
            request.PlacementRequestId,
            clock.GetUtcNow()));
    }
}
