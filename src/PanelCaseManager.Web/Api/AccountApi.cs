using Mediator;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class AccountApi
{
    public static void MapAccount(this RouteGroupBuilder v1)
    {
        v1.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new WhoAmI.Query(), ct)))
            .WithName("WhoAmI")
            .WithTags("Account")
            .WithSummary("Who the service thinks you are");

        v1.MapPost("/me/sign-out", async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignOutEverywhere.Command(), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Account")
            .WithName("SignOutEverywhere")
            .WithSummary("Sign out everywhere: every browser session and every token of your account ends, this one included")
            .WithDescription("Tokens from the council's identity provider issued before this moment are refused from now on; get a new one to carry on.")
            .Produces(StatusCodes.Status204NoContent);
    }
}
