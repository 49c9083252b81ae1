using Mediator;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class FamilyApi
{
    public static void MapFamily(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/family/cases").WithTags("Family").RequireAuthorization(Policies.Family);

        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListFamilyCases.Query(), ct)))
            .WithName("ListFamilyCases")
            .WithSummary("Your requests, and where each one is");

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetFamilyCase.Query(id), ct)))
            .WithName("GetFamilyCase")
            .WithSummary("One of your requests, in plain English")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
