using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Partners;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>
/// A professional sends their advice: the document (type recognised from its content, within the configured size), a
/// summary and their recommendation. It becomes the case's evidence and the advice request's answer at once — received
/// today, by them, for their agency — so the officer's Advice tab and the statutory clock (reg. 8) move without anyone
/// re-keying it; after the panel's cut-off it is late for that panel, never slipped into the frozen papers. The first
/// answer stands: a second is refused.
/// </summary>
public static class SubmitAdvice
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Command(Guid PartnerRequestId, int? ExpectedVersion, FileUpload? File, string? Summary, string? Recommendation)
        : ICommand<Result>, IIdempotentCommand, IPartnerRequestScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid EvidenceItemId, DateOnly ReceivedOn, bool Late, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<EvidenceOptions> options, IMalwareScanner scanner)
        {
            ArgumentNullException.ThrowIfNull(options);
            var limits = options.Value;
            var allowed = limits.AllowedTypes();
            var allowedText = string.Join(", ", allowed.Select(t => string.Join(" or ", t.Extensions())));
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the request you are answering.");
            RuleFor(c => c.File).NotNull().WithMessage("Choose the file with your advice.");
            RuleFor(c => c.File!).CustomAsync(async (file, context, ct) =>
            {
                // The same checks as any upload: name, size, malware, type by name and content, active content.
                if (await AddEvidence.Validator.FileProblemAsync(file, limits.MaximumUploadBytes, allowed, allowedText, scanner, ct) is { } problem)
                {
                    context.AddFailure("file", problem);
                }
            }).When(c => c.File is not null);
            RuleFor(c => c.Summary)
                .NotEmpty().WithMessage("Summarise your advice in a few sentences, for the panel.")
                .MaximumLength(EvidenceItem.SummaryMaxLength).WithMessage($"The summary must be {EvidenceItem.SummaryMaxLength} characters or fewer.");
            RuleFor(c => c.Recommendation)
                .MaximumLength(AdviceRequest.TextMaxLength).WithMessage($"The recommendation must be {AdviceRequest.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, PartnerResponses responses, IDocumentStore documents, CasePacks packs, CaseAccess access, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var request = await responses.OpenAsync(command.PartnerRequestId, command.ExpectedVersion!.Value, cancellationToken);
            if (request.Kind != PartnerRequestKind.Advice)
            {
                throw new DomainRuleException("not-an-advice-request", "This is a consultation: answer it with the setting's response, not with advice.");
            }

            var now = clock.GetUtcNow();
            var today = UkCalendar.DateOf(now);
            var partner = await access.AccountAsync(cancellationToken);
            var advice = await db.AdviceRequests.SingleAsync(a => a.Id == request.AdviceRequestId, cancellationToken);
            var placement = await db.PlacementRequests.AsSplitQuery().SingleAsync(p => p.Id == request.PlacementRequestId, cancellationToken);

            // The first answer stands: refused before anything is stored.
            request.MarkAnswered(currentUser.Id, now);
            if (!advice.IsOutstanding)
            {
                throw new DomainRuleException("advice-already-received", $"The {advice.AgencyDescription} advice was already received on {DateText.Plain(advice.ReceivedOn!.Value)}; the first answer stands.");
            }

            var upload = command.File!;
            var type = DocumentSniffer.Detect(upload.Content)!.Value;
            var lateFor = await packs.FreezeBeforeChangeAsync(request.PlacementRequestId, cancellationToken);
            var hash = await documents.StoreAsync(upload.Content, cancellationToken);
            var item = EvidenceItem.Record(
                placement,
                EvidenceKind.AgencyAdvice,
                advice.Agency,
                partner.DisplayName,
                today,
                command.Summary!,
                new DocumentFile(upload.FileName!.Trim(), type, hash, upload.Content.Length),
                advice.Id,
                lateFor,
                currentUser.Id,
                now);
            db.EvidenceItems.Add(item);
            advice.RecordReceived(today, command.Summary!, command.Recommendation, item.Id, currentUser.Id, now);
            await responses.TellOfficerAsync(request, PartnerNotifications.Answered, "Advice received", "sent their advice", cancellationToken);
            return new Result(request.Id, item.Id, today, today > advice.DueOn, request.Version + 1);
        }
    }
}
