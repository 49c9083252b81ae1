using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// A change of placement recommended at a review goes to panel as a placement request, logged as any other
/// (<c>SubmitPlacementRequest</c>, type "Amendment after annual review"): in the request's own transaction, the child's
/// latest review that recommended it and has no request yet is linked to it, so the review shows the case and the case
/// goes through panel, letters and notices as every case does (docs/adr/0260).
/// </summary>
public sealed class ReviewsFromPlacementRequests(PanelDbContext db) : IDomainEventHandler<PlacementRequestSubmitted>
{
    public async ValueTask Handle(PlacementRequestSubmitted domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var request = db.PlacementRequests.Local.SingleOrDefault(p => p.Id == domainEvent.Id);
        if (request is not { Type: RequestType.AmendmentAfterAnnualReview })
        {
            return;
        }

        var review = await db.AnnualReviews
            .Where(r => r.ChildId == request.ChildId && r.Recommendation == ReviewRecommendation.ChangeOfPlacement && r.PlacementRequestId == null)
            .OrderByDescending(r => r.MeetingDate)
            .FirstOrDefaultAsync(cancellationToken);
        review?.LinkPlacementRequest(request.Id, domainEvent.By, domainEvent.At);
    }
}
