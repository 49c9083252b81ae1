namespace PanelCaseManager.Web.Api;

internal static class ApiEndpoints
{
    /// <summary>Every JSON endpoint of version 1, under /api/v1.</summary>
    public static IEndpointRouteBuilder MapPanelApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapPlacementRequests();
        v1.MapCaseEvidence();
        v1.MapPanels();
        v1.MapAccount();
        return app;
    }
}
