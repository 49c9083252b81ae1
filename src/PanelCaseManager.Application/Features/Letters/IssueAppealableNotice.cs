using System.Text;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// An officer records that a decision the family can appeal has been made, and the service sends its notice
/// (statutory-framework.md §3): the final plan or final amended plan issued naming the school or type, or a refusal to
/// assess, to issue a plan, to re-assess or to amend, or ceasing the plan. The notice is written from the wording in
/// force, dated today, addressed to the family contact, kept in the document store under its SHA-256 and recorded
/// once per case; it gives the last day to appeal, from its own date (HESC Rules r.20). The case's clock records it,
/// so that the appeal window runs from it and a plan's own deadline is met; the family is told through the outbox.
/// </summary>
public static class IssueAppealableNotice
{
    public const int ReasonsMaxLength = PanelDecision.ReasonsMaxLength;

    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, LetterOutcome? Notice, string? NamedInPlan, string? Reasons) : ICommand<Result>, ICaseScoped, IIdempotentCommand
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid LetterId, string Reference, string Sha256, LetterOutcome Notice, DateOnly LetterDate, DateOnly AppealDeadline);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.Notice).NotNull().WithMessage(NoticeChoices.Message)
                .IsInEnum().WithMessage(NoticeChoices.Message)
                .Must(n => n!.Value.IsNotice()).WithMessage(NoticeChoices.Message).When(c => c.Notice is { } n && Enum.IsDefined(n), ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.NamedInPlan).MaximumLength(IssuedLetter.NamedInPlanMaxLength)
                .WithMessage($"The school or type named must be {IssuedLetter.NamedInPlanMaxLength} characters or fewer.");
            RuleFor(c => c.Reasons).MaximumLength(ReasonsMaxLength).WithMessage($"The reasons must be {ReasonsMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(
        PanelDbContext db, NoticeLetters notices, DecisionLetters letters, IDecisionLetterComposer composer, IDocumentStore documents, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var notice = command.Notice!.Value;
            var letterDate = UkCalendar.Today(clock);
            var prepared = await notices.PrepareAsync(command.PlacementRequestId, notice, command.NamedInPlan, command.Reasons, letterDate, cancellationToken);
            var wording = await letters.WordingAsync(notice, cancellationToken);
            var composed = composer.Compose(prepared.Model, wording, draft: false);
            var stored = await documents.StoreAsync(composed.Pdf, cancellationToken);
            var storedHtml = await documents.StoreAsync(Encoding.UTF8.GetBytes(composed.Html), cancellationToken);

            var number = await db.IssuedLetters.CountAsync(l => l.PlacementRequestId == prepared.Case.PlacementRequestId, cancellationToken) + 1;
            var letter = IssuedLetter.IssueNotice(
                prepared.Case, notice, prepared.Content, number, composed.TemplateVersion, letterDate, prepared.Model.AppealDeadline!.Value,
                prepared.Model.Family.Name, stored, storedHtml, composed.Pdf.LongLength, composed.PageCount, currentUser.Id, clock.GetUtcNow());
            db.IssuedLetters.Add(letter);
            return new Result(letter.Id, letter.Reference, letter.Sha256, notice, letterDate, letter.AppealDeadline!.Value);
        }
    }
}

/// <summary>The notices an officer can choose from, for messages that list them.</summary>
internal static class NoticeChoices
{
    public static readonly string Message =
        $"Choose the notice: one of {string.Join(", ", LetterOutcomes.Notices)}.";
}
