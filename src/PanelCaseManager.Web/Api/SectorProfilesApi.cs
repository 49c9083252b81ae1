using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Api;

internal static class SectorProfilesApi
{
    private const string Versioning =
        "A version is a draft, then published, then retired. Only a draft changes; publishing a draft retires the version it replaces, "
        + "and a published or retired version never changes, so a decision records the version it was made against and can always read it back.";

    public static void MapSectorProfiles(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/sector-profiles").WithTags("Sector profiles");

        group.MapGet("/", async (bool? includeUnpublished, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSectorProfiles.Query(includeUnpublished ?? false), ct)))
            .WithName("ListSectorProfiles")
            .WithSummary("The published sector profiles: what each kind of provision is designed for")
            .WithDescription("Readable by everyone signed in, families included. includeUnpublished=true (administrators only) lists sectors that have only a draft too.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSectorProfile.Query(id), ct)))
            .WithName("GetSectorProfile")
            .WithSummary("A sector profile with every version it has had")
            .WithDescription(Versioning + " Drafts are shown to administrators only.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async ([FromBody] CreateSectorProfile.Command command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { IdempotencyKey = idempotencyKey }, ct);
                return TypedResults.Created($"/api/v1/sector-profiles/{result.Id}", result);
            })
            .WithName("CreateSectorProfile")
            .WithSummary("Add a sector, with its first profile as a draft")
            .WithDescription(Versioning)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/{id:guid}/versions", async (Guid id, [FromBody] SectorProfileContentRequest body, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new StartSectorProfileDraft.Command(id, body.ExpectedVersion, body.Content), ct);
                return TypedResults.Created($"/api/v1/sector-profiles/{id}", result);
            })
            .WithName("StartSectorProfileDraft")
            .WithSummary("Start the next version of a profile as a draft")
            .WithDescription(Versioning + " There is at most one draft at a time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/versions/{number:int}", EditAsync)
            .WithName("EditSectorProfileVersion")
            .WithSummary("Edit a version of a profile")
            .WithDescription("A draft is changed in place (200). A published or retired version is left unchanged and the edit becomes a new draft (201, createdNewDraft: true). " + Versioning)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/versions/{number:int}/publish", async (Guid id, int number, [FromBody] SectorProfileVersionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PublishSectorProfileVersion.Command(id, number, body.ExpectedVersion), ct)))
            .WithName("PublishSectorProfileVersion")
            .WithSummary("Publish a complete draft; the version it replaces is retired")
            .WithDescription("A draft without any area of need, or without its description, class size, staffing, curriculum or time in mainstream, is refused naming what is missing. " + Versioning)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/versions/{number:int}/retire", async (Guid id, int number, [FromBody] SectorProfileVersionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RetireSectorProfileVersion.Command(id, number, body.ExpectedVersion), ct)))
            .WithName("RetireSectorProfileVersion")
            .WithSummary("Withdraw the published profile without a replacement: cases are no longer matched against the sector")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>A draft is changed in place (200); an edit of a published or retired version becomes a new draft (201).</summary>
    private static async Task<Results<Created<EditSectorProfileVersion.Result>, Ok<EditSectorProfileVersion.Result>>> EditAsync(
        Guid id, int number, [FromBody] SectorProfileContentRequest body, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new EditSectorProfileVersion.Command(id, number, body.ExpectedVersion, body.Content), ct);
        return result.CreatedNewDraft ? TypedResults.Created($"/api/v1/sector-profiles/{id}", result) : TypedResults.Ok(result);
    }

    /// <summary>The body of a draft or an edit: the sector's version when it was read, and the profile's content.</summary>
    internal sealed record SectorProfileContentRequest(int? ExpectedVersion, SectorProfileInput? Content);

    /// <summary>The body of a publish or retire: the sector's version when it was read.</summary>
    internal sealed record SectorProfileVersionRequest(int? ExpectedVersion);
}
