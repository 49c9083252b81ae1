using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// An officer previews a notice before sending it: the letter as it would be issued today, marked DRAFT. Refused, as
/// issuing would be, when the notice's rules do not allow it (no signed-off decision for a plan, no plan to amend, a
/// notice already sent), without a family contact, or with a contact the notice must give missing from configuration.
/// </summary>
public static class PreviewAppealableNotice
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid PlacementRequestId, LetterOutcome? Notice, string? NamedInPlan, string? Reasons) : IQuery<Preview>, ICaseScoped;

    /// <summary>The DRAFT notice, with what it will say that an officer checks before sending it.</summary>
    public sealed record Preview(LetterFile File, DateOnly LetterDate, DateOnly AppealDeadline, string AddressedTo, string? NamedInPlan, string Reasons);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(q => q.Notice).NotNull().WithMessage(NoticeChoices.Message)
                .IsInEnum().WithMessage(NoticeChoices.Message)
                .Must(n => n!.Value.IsNotice()).WithMessage(NoticeChoices.Message).When(q => q.Notice is { } n && Enum.IsDefined(n), ApplyConditionTo.CurrentValidator);
            RuleFor(q => q.NamedInPlan).MaximumLength(IssuedLetter.NamedInPlanMaxLength)
                .WithMessage($"The school or type named must be {IssuedLetter.NamedInPlanMaxLength} characters or fewer.");
            RuleFor(q => q.Reasons).MaximumLength(IssueAppealableNotice.ReasonsMaxLength)
                .WithMessage($"The reasons must be {IssueAppealableNotice.ReasonsMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(NoticeLetters notices, DecisionLetters letters, IDecisionLetterComposer composer, TimeProvider clock) : IQueryHandler<Query, Preview>
    {
        public async ValueTask<Preview> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var notice = query.Notice!.Value;
            var prepared = await notices.PrepareAsync(query.PlacementRequestId, notice, query.NamedInPlan, query.Reasons, UkCalendar.Today(clock), cancellationToken);
            var wording = await letters.WordingAsync(notice, cancellationToken);
            var letter = composer.Compose(prepared.Model, wording, draft: true);
            var model = prepared.Model;
            return new Preview(
                new LetterFile(letter.Pdf, $"draft-notice-{model.CaseReference}.pdf", letter.PageCount, letter.Sha256),
                model.LetterDate,
                model.AppealDeadline!.Value,
                model.Family.Name,
                model.NamedInPlan,
                model.Reasons);
        }
    }
}
