using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// An officer previews the letter for a signed-off decision, dated today and marked DRAFT, written from the wording in
/// force. Refused for a decision not signed off, a case without a family contact, or a contact the letter must give
/// (SENDIASS, mediation, disagreement resolution) missing from configuration, naming the missing settings.
/// </summary>
public static class PreviewDecisionLetter
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid DecisionId) : IQuery<LetterFile>, IDecisionScoped;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.DecisionId).NotEmpty().WithMessage("Give the id of the decision.");
    }

    public sealed class Handler(DecisionLetters letters, IDecisionLetterComposer composer, TimeProvider clock) : IQueryHandler<Query, LetterFile>
    {
        public async ValueTask<LetterFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var model = await letters.ModelAsync(query.DecisionId, UkCalendar.Today(clock), cancellationToken);
            var wording = await letters.WordingAsync(model.Outcome, cancellationToken);
            var letter = composer.Compose(model, wording, draft: true);
            return new LetterFile(letter.Pdf, $"draft-letter-{model.CaseReference}.pdf", letter.PageCount, letter.Sha256);
        }
    }
}
