using Mediator;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Web.Api;

internal static class SectorMatchApi
{
    public static void MapSectorMatch(this RouteGroupBuilder v1) =>
        v1.MapGet("/placement-requests/{id:guid}/sector-match", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSectorMatch.Query(id), ct)))
            .WithName("GetSectorMatch")
            .WithTags("Placement requests")
            .WithSummary("Which sectors fit the child's needs and why, the candidate settings, and how each family preference stands")
            .WithDescription(SectorMatch.Rule + " Each sector names the profile version it was judged against, for the decision to record.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
