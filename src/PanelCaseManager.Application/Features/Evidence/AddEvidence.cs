using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>
/// An officer adds a document to a case's evidence. The file's type is recognised from its content and must agree
/// with its name; the bytes are stored once by their SHA-256. Evidence that arrives after a panel's papers for the
/// case were frozen is recorded as late for that panel.
/// </summary>
public static class AddEvidence
{
    public const int FileNameMaxLength = 255;

    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        FileUpload? File,
        EvidenceKind? Kind,
        Agency? Agency,
        string? Author,
        DateOnly? ReceivedOn,
        string? Summary,
        Guid? AdviceRequestId) : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, string ContentSha256, DocumentType Type, bool Late, Guid? LateForPanelMeetingId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, IOptions<EvidenceOptions> options, TimeProvider clock, IMalwareScanner scanner)
        {
            ArgumentNullException.ThrowIfNull(options);
            var limits = options.Value;
            var today = UkCalendar.Today(clock);
            var allowed = limits.AllowedTypes();
            var allowedText = string.Join(", ", allowed.Select(t => string.Join(" or ", t.Extensions())));

            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.File).NotNull().WithMessage("Choose a file to upload.");
            RuleFor(c => c.File!).CustomAsync(async (file, context, ct) =>
            {
                if (await FileProblemAsync(file, limits.MaximumUploadBytes, allowed, allowedText, scanner, ct) is { } problem)
                {
                    context.AddFailure("file", problem);
                }
            }).When(c => c.File is not null);
            var kindMessage = $"Say what kind of evidence this is: {string.Join(", ", Enum.GetNames<EvidenceKind>())}.";
            RuleFor(c => c.Kind).NotNull().WithMessage("Say what kind of evidence this is.").IsInEnum().WithMessage(kindMessage);
            RuleFor(c => c.Agency).IsInEnum().WithMessage($"Use one of {string.Join(", ", Enum.GetNames<Agency>())}.");
            RuleFor(c => c.Agency).NotNull().WithMessage("Say which agency's advice this is.").When(c => c.Kind == EvidenceKind.AgencyAdvice);
            RuleFor(c => c.Author)
                .NotEmpty().WithMessage("Say who wrote the document.")
                .MaximumLength(EvidenceItem.AuthorMaxLength).WithMessage($"The author must be {EvidenceItem.AuthorMaxLength} characters or fewer.");
            RuleFor(c => c.ReceivedOn)
                .NotNull().WithMessage("Enter the date the evidence was received.")
                .LessThanOrEqualTo(today).WithMessage("The date the evidence was received cannot be in the future.");
            RuleFor(c => c.Summary)
                .NotEmpty().WithMessage("Summarise the document in a sentence or two, for the panel.")
                .MaximumLength(EvidenceItem.SummaryMaxLength).WithMessage($"The summary must be {EvidenceItem.SummaryMaxLength} characters or fewer.");
            RuleFor(c => c.AdviceRequestId!.Value)
                .MustAsync(async (command, id, ct) => await db.AdviceRequests.AnyAsync(a => a.Id == id && a.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), ct))
                .OverridePropertyName("adviceRequestId")
                .WithMessage("There is no advice request with this id on this case.")
                .When(c => c.AdviceRequestId is not null);
        }

        /// <summary>
        /// The first thing wrong with the file, checked from the cheapest to the dearest: its name, its size (first: an
        /// oversized upload arrives without its bytes), malware (the scanner, when one is configured), its type by name and by content, then anything in it that could act
        /// when it is opened (docs/adr/0201).
        /// </summary>
        internal static async Task<string?> FileProblemAsync(
            FileUpload file, long maximumBytes, IReadOnlyList<DocumentType> allowed, string allowedText, IMalwareScanner scanner, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(file.FileName) || file.FileName.Length > FileNameMaxLength || file.FileName.IndexOfAny(['/', '\\']) >= 0)
            {
                return $"The file needs a plain name of up to {FileNameMaxLength} characters.";
            }

            if (FileNames.HiddenCharacterProblem(file.FileName) is { } hidden)
            {
                return hidden;
            }

            if (file.Length > maximumBytes)
            {
                return $"The file is {Megabytes(file.Length)}; the largest accepted is {Megabytes(maximumBytes)}.";
            }

            if (file.Length == 0 || file.Content.IsEmpty)
            {
                return "The file is empty.";
            }

            // An unreachable scanner throws: the upload is refused (503) rather than stored unscanned.
            var scan = await scanner.ScanAsync(file.Content, cancellationToken);
            if (scan.IsInfected)
            {
                return $"This file contains a virus or other malware ({scan.Threat}), so it was not saved. Do not open it again; tell your IT service desk where it came from.";
            }

            var named = DocumentTypes.FromExtension(file.FileName);
            if (named is null || !allowed.Contains(named.Value))
            {
                return $"Upload one of these types of file: {allowedText}.";
            }

            var detected = DocumentSniffer.Detect(file.Content);
            if (detected is null || !allowed.Contains(detected.Value))
            {
                return $"The file's name says {DocumentSniffer.Describe(named.Value)}, but its content is not one of the accepted types ({allowedText}).";
            }

            if (detected != named)
            {
                return $"The file's name says {DocumentSniffer.Describe(named.Value)}, but its content is {DocumentSniffer.Describe(detected.Value)}. Rename it or upload the right file.";
            }

            return ActiveContent.Find(file.Content);
        }

        internal static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.##} MB";
    }

    public sealed class Handler(PanelDbContext db, IDocumentStore documents, CasePacks packs, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            var upload = command.File!;
            var type = DocumentSniffer.Detect(upload.Content)!.Value;

            var lateFor = await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            var hash = await documents.StoreAsync(upload.Content, cancellationToken);
            var item = EvidenceItem.Record(
                placementRequest,
                command.Kind!.Value,
                command.Agency,
                command.Author!,
                command.ReceivedOn!.Value,
                command.Summary!,
                new DocumentFile(upload.FileName!.Trim(), type, hash, upload.Content.Length),
                command.AdviceRequestId,
                lateFor,
                currentUser.Id,
                clock.GetUtcNow());
            db.EvidenceItems.Add(item);
            return new Result(item.Id, command.PlacementRequestId, hash, type, item.IsLate, lateFor);
        }
    }
}
