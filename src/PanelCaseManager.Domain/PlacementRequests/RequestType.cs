namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>Why a placement is being sought.</summary>
public enum RequestType
{
    NewPlan,
    PhaseTransfer,
    ChangeOfPlacement,
    AmendmentAfterAnnualReview,
}
