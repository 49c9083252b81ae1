namespace PanelCaseManager.Web.Api;

internal static class ApiEndpoints
{
    /// <summary>Every JSON endpoint of version 1, under /api/v1.</summary>
    public static IEndpointRouteBuilder MapPanelApi(this IEndpointRouteBuilder app)
    {
        // Each endpoint named after a use case is authorised by that use case's policy (UseCasePolicies).
        var v1 = app.MapGroup("/api/v1").AuthorisedByTheirUseCase();
        v1.MapPlacementRequests();
        v1.MapCaseEvidence();
        v1.MapPanels();
        v1.MapAccount();
        v1.MapAudit();
        v1.MapUsers();
        v1.MapFamily();
        v1.MapLetterTemplates();
        v1.MapLetters();
        v1.MapDecisionHistory();
        v1.MapSectorProfiles();
        v1.MapSettings();
        v1.MapPlans();
        v1.MapSectorMatch();
        v1.MapTimeliness();
        v1.MapPartners();
        v1.MapAppeals();
        v1.MapReviews();
        return app;
    }
}
