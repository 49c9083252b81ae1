using Mediator;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Api;

internal static class UsersApi
{
    public static void MapUsers(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administer);

        group.MapGet("/", async (Role? role, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListUsers.Query(role), ct)))
            .WithName("ListUsers")
            .WithSummary("List the service's users");

        group.MapPost("/", async ([FromBody] CreateUser.Command command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken ct) =>
            {
                var user = await sender.Send(command with { IdempotencyKey = idempotencyKey }, ct);
                return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(user.Id)}", user);
            })
            .WithName("CreateUser")
            .WithSummary("Add a user, with the id their identity provider gives them")
            .ProducesValidationProblem();

        group.MapPut("/{id}", async (string id, [FromBody] UpdateUserRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateUser.Command(id, body.DisplayName, body.Email, body.Role, body.Team, body.Agency, body.IsActive, body.ExpectedVersion), ct)))
            .WithName("UpdateUser")
            .WithSummary("Change a user's name, role, team or agency, or close their account")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/child-links", async (string id, [FromBody] LinkFamilyMemberRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new LinkFamilyMember.Command(id, body.CaseReference, body.Relationship, body.ExpectedVersion), ct)))
            .WithName("LinkFamilyMember")
            .WithSummary("Link a family member to the child of a case, so they can follow it")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record UpdateUserRequest(string? DisplayName, string? Email, Role? Role, string? Team, Agency? Agency, bool? IsActive, int? ExpectedVersion);

    internal sealed record LinkFamilyMemberRequest(string? CaseReference, string? Relationship, int? ExpectedVersion);
}
