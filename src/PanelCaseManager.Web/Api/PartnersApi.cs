using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// Partners in the service (docs/adr/0205): officers and administrators invite and close partners' accounts; officers
/// put advice requests and consultations before them with what is shared; partners see and answer only what is
/// addressed to them, under /partner.
/// </summary>
internal static class PartnersApi
{
    public static void MapPartners(this RouteGroupBuilder v1)
    {
        var accounts = v1.MapGroup("/partners").WithTags("Partners").RequireAuthorization(Policies.InvitePartners);

        accounts.MapGet("/", async (Agency? agency, Guid? settingId, bool? activeOnly, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPartners.Query(agency, settingId, activeOnly ?? false), ct)))
            .WithName("ListPartners")
            .WithSummary("The partners' accounts: professionals (by agency) and settings' contacts (by setting)");

        accounts.MapPost("/", async ([FromBody] InvitePartner.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var partner = await sender.Send(command with { IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/partners/{Uri.EscapeDataString(partner.Id)}", partner);
            })
            .WithName("InvitePartner")
            .WithSummary("Invite a professional (health, social care, educational psychology) or a setting's contact; they are sent an invitation")
            .ProducesValidationProblem();

        accounts.MapPost("/{partnerId}/close", async (string partnerId, [FromBody] CloseRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ClosePartner.Command(partnerId, body.Reason, body.ExpectedVersion), ct)))
            .WithName("ClosePartner")
            .WithSummary("Close a partner's account (withdraw the invitation), saying why")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var cases = v1.MapGroup("/placement-requests/{id:guid}/partner-requests").WithTags("Partners").RequireAuthorization(Policies.ManageCases);

        cases.MapGet("/", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListCasePartnerRequests.Query(id), ct)))
            .WithName("ListCasePartnerRequests")
            .WithSummary("The partners asked about the case: whom, what was shared, where each stands, their questions")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/", async (Guid id, [FromBody] AskPartner.Command command, [FromHeader(Name = "Idempotency-Key")] string? key, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(command with { PlacementRequestId = id, IdempotencyKey = key }, ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/partner-requests", result);
            })
            .WithName("AskPartner")
            .WithSummary("Put an advice request before a professional, or a consultation before its setting, with what to share")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        v1.MapPut("/partner-requests/{partnerRequestId:guid}/sharing", async (Guid partnerRequestId, [FromBody] SharingChange body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangePartnerSharing.Command(partnerRequestId, body.ExpectedVersion, body.Sections, body.DocumentIds), ct)))
            .WithTags("Partners")
            .WithName("ChangePartnerSharing")
            .WithSummary("Change what a partner may see of a request, while they have yet to answer")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var partner = v1.MapGroup("/partner/requests").WithTags("For partners").RequireAuthorization(Policies.Partner);

        partner.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMyPartnerRequests.Query(), ct)))
            .WithName("ListMyPartnerRequests")
            .WithSummary("What is waiting for you, and what you have answered");

        partner.MapGet("/{partnerRequestId:guid}", async (Guid partnerRequestId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPartnerRequest.Query(partnerRequestId), ct)))
            .WithName("GetMyPartnerRequest")
            .WithSummary("A request addressed to you: its due date, what was shared with you, your answer")
            .ProducesProblem(StatusCodes.Status404NotFound);

        partner.MapGet("/{partnerRequestId:guid}/documents/{evidenceId:guid}", async (Guid partnerRequestId, Guid evidenceId, ISender sender, CancellationToken ct) =>
            {
                var content = await sender.Send(new GetSharedDocument.Query(partnerRequestId, evidenceId), ct);
                return Results.File(content.Stream, content.MediaType, content.FileName);
            })
            .WithName("GetSharedPartnerDocument")
            .RequireRateLimiting(Security.RateLimits.Documents)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf", additionalContentTypes:
                ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg"])
            .WithSummary("Download a document shared with you")
            .ProducesProblem(StatusCodes.Status404NotFound);

        partner.MapPost("/{partnerRequestId:guid}/advice", SubmitAdviceAsync)
            .RequireRateLimiting(Security.RateLimits.Uploads)
            // Called with a bearer token, never a cookie: the pages have their own form with antiforgery.
            .DisableAntiforgery()
            .Accepts<AdviceForm>("multipart/form-data")
            .WithName("SubmitAdvice")
            .WithSummary("Send your advice (multipart/form-data): file, summary, recommendation, expectedVersion")
            .Produces<SubmitAdvice.Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        partner.MapPost("/{partnerRequestId:guid}/decline", async (Guid partnerRequestId, [FromBody] DeclineRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DeclinePartnerRequest.Command(partnerRequestId, body.ExpectedVersion, body.Reason), ct)))
            .WithName("DeclinePartnerRequest")
            .WithSummary("Decline the request, saying why")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        partner.MapPost("/{partnerRequestId:guid}/questions", async (Guid partnerRequestId, [FromBody] QuestionRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AskPartnerQuestion.Command(partnerRequestId, body.ExpectedVersion, body.Question), ct)))
            .WithName("AskPartnerQuestion")
            .WithSummary("Ask the SEND officer a question about the request")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        partner.MapPost("/{partnerRequestId:guid}/consultation-response", async (Guid partnerRequestId, [FromBody] ConsultationAnswerRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerConsultation.Command(partnerRequestId, body.ExpectedVersion, body.Response, body.Adjustments, body.Objections, body.Reasons), ct)))
            .WithName("AnswerConsultation")
            .WithSummary("Answer a consultation: can meet the needs, could with adjustments or resources (what and cost), or cannot (s.39(4) grounds and reasons)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> SubmitAdviceAsync(
        Guid partnerRequestId,
        HttpRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        IOptions<EvidenceOptions> options,
        ISender sender,
        CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception exception) when (exception is InvalidDataException || (exception is IOException && exception is not BadHttpRequestException))
        {
            throw RequestValidationException.For("file", "The upload could not be read as multipart/form-data; it may be incomplete. Send it again.");
        }

        var fields = new FormFields(form);
        var command = new SubmitAdvice.Command(
            partnerRequestId,
            fields.Int("expectedVersion"),
            await EvidenceApi.ReadFileAsync(form.Files.GetFile("file"), options.Value.MaximumUploadBytes, ct),
            fields.Text("summary"),
            fields.Text("recommendation")) { IdempotencyKey = idempotencyKey };
        if (fields.Errors.Count > 0)
        {
            throw new RequestValidationException(fields.Errors);
        }

        var result = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/partner/requests/{partnerRequestId}", result);
    }

    internal sealed record CloseRequest(string? Reason, int? ExpectedVersion);

    internal sealed record SharingChange(int? ExpectedVersion, IReadOnlyList<SharedSection>? Sections, IReadOnlyList<Guid>? DocumentIds);

    internal sealed record DeclineRequest(int? ExpectedVersion, string? Reason);

    internal sealed record QuestionRequest(int? ExpectedVersion, string? Question);

    internal sealed record ConsultationAnswerRequest(
        int? ExpectedVersion, ConsultationResponse? Response, IReadOnlyList<AnswerConsultation.Adjustment>? Adjustments, IReadOnlyList<NamingObjection>? Objections, string? Reasons);

    /// <summary>The parts of the advice upload, as the API documentation shows them.</summary>
    internal sealed record AdviceForm(IFormFile File, string Summary, string? Recommendation, int ExpectedVersion);
}
