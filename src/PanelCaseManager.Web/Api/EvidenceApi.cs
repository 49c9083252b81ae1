using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Api;

/// <summary>A case's evidence, advice, views, preferences, consultations and timeline, under /placement-requests/{id}.</summary>
internal static class EvidenceApi
{
    public static void MapCaseEvidence(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/placement-requests/{id:guid}").WithTags("Evidence and consultations");

        group.MapPost("/evidence", UploadAsync)
            .WithName("AddEvidence")
            .RequireRateLimiting(Security.RateLimits.Uploads)
            // Called with a bearer token, never a cookie, so there is no cross-site request to forge; browser forms get their own endpoint.
            .DisableAntiforgery()
            .Accepts<AddEvidenceForm>("multipart/form-data")
            .WithSummary("Upload a document as evidence (multipart/form-data)")
            .WithDescription("Parts: file (PDF, DOCX, PNG or JPEG; its content must match its name), kind, agency, author, receivedOn, summary, adviceRequestId. "
                             + "Send an Idempotency-Key header to make retries safe.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/evidence", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCaseEvidence.Query(id), ct)))
            .WithName("GetCaseEvidence")
            .WithSummary("The case's documents, advice (outstanding and overdue) and views")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/evidence/{evidenceId:guid}/content", async (Guid id, Guid evidenceId, ISender sender, CancellationToken ct) =>
            {
                var content = await sender.Send(new GetEvidenceContent.Query(id, evidenceId), ct);
                return Results.File(content.Stream, content.MediaType, content.FileName, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{content.ContentSha256}\""));
            })
            .WithName("GetEvidenceContent")
            .WithSummary("Download a piece of evidence")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf", additionalContentTypes:
                ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg"])
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/advice-requests", async (Guid id, [FromBody] RequestAdvice.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { PlacementRequestId = id, IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/evidence", result);
            })
            .WithName("RequestAdvice")
            .WithSummary("Record that advice was requested from an agency")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/advice-requests/{adviceRequestId:guid}/received", async (Guid id, Guid adviceRequestId, [FromBody] RecordAdviceReceived.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PlacementRequestId = id, AdviceRequestId = adviceRequestId }, ct)))
            .WithName("RecordAdviceReceived")
            .WithSummary("Record the advice an agency sent")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/views", async (Guid id, [FromBody] RecordCaseView.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { PlacementRequestId = id, IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/evidence", result);
            })
            .WithName("RecordCaseView")
            .WithSummary("Record the family's views or the child's own voice")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/preferences", async (Guid id, [FromBody] RecordPreferences.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PlacementRequestId = id }, ct)))
            .WithName("RecordPreferences")
            .WithSummary("Record the family's ranked preferences afresh")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/history", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCaseHistory.Query(id), ct)))
            .WithName("GetCaseHistory")
            .WithSummary("Everything that has happened to the case: who, when, what")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/consultations", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListConsultations.Query(id), ct)))
            .WithName("ListConsultations")
            .WithSummary("The settings consulted about the case")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/consultations", async (Guid id, [FromBody] StartConsultation.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { PlacementRequestId = id, IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/consultations", result);
            })
            .WithName("StartConsultation")
            .WithSummary("Record that a setting the LA intends to name was consulted")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/consultations/{consultationId:guid}/response", async (Guid id, Guid consultationId, [FromBody] RecordConsultationResponse.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PlacementRequestId = id, ConsultationId = consultationId }, ct)))
            .WithName("RecordConsultationResponse")
            .WithSummary("Record a consulted setting's reply")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/consultations/{consultationId:guid}/outcome", async (Guid id, Guid consultationId, [FromBody] RecordConsultationOutcome.Command command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command with { PlacementRequestId = id, ConsultationId = consultationId }, ct)))
            .WithName("RecordConsultationOutcome")
            .WithSummary("Record whether the consulted setting will be named, and why")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<AddEvidence.Result>> UploadAsync(
        Guid id,
        HttpRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IOptions<EvidenceOptions> options,
        ISender sender,
        CancellationToken ct)
    {
        // Routing has already answered 415 to anything but multipart/form-data (the endpoint's Accepts).
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception exception) when (exception is InvalidDataException || (exception is IOException && exception is not BadHttpRequestException))
        {
            // A malformed or truncated multipart body: the client's to fix, so a 400 rather than a fault of ours.
            throw RequestValidationException.For("file", "The upload could not be read as multipart/form-data; it may be incomplete. Send it again.");
        }

        var fields = new FormFields(form);
        var command = new AddEvidence.Command(
            id,
            await ReadFileAsync(form.Files.GetFile("file"), options.Value.MaximumUploadBytes, ct),
            fields.Enum<EvidenceKind>("kind"),
            fields.Enum<Agency>("agency"),
            fields.Text("author"),
            fields.Date("receivedOn"),
            fields.Text("summary"),
            fields.Id("adviceRequestId")) { IdempotencyKey = idempotencyKey };
        if (fields.Errors.Count > 0)
        {
            throw new RequestValidationException(fields.Errors);
        }

        var result = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/placement-requests/{id}/evidence/{result.Id}/content", result);
    }

    /// <summary>Reads the file into memory only when its size is within the limit; an oversized file is reported by size alone.</summary>
    internal static async Task<FileUpload?> ReadFileAsync(IFormFile? file, long maximumBytes, CancellationToken ct)
    {
        if (file is null)
        {
            return null;
        }

        if (file.Length == 0 || file.Length > maximumBytes)
        {
            return new FileUpload(file.FileName, file.Length, ReadOnlyMemory<byte>.Empty);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }

        return new FileUpload(file.FileName, file.Length, buffer.ToArray());
    }

    /// <summary>The parts of the evidence upload, as the API documentation shows them.</summary>
    internal sealed record AddEvidenceForm(IFormFile File, EvidenceKind Kind, Agency? Agency, string Author, DateOnly ReceivedOn, string Summary, Guid? AdviceRequestId);
}
