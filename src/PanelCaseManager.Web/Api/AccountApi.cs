using Mediator;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class AccountApi
{
    public static void MapAccount(this RouteGroupBuilder v1) =>
        v1.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new WhoAmI.Query(), ct)))
            .WithName("WhoAmI")
            .RequireAuthorization(Policies.SignedIn)
            .WithTags("Account")
            .WithSummary("Who the service thinks you are");
}
