using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// What an administrator can insert in a letter's wording: every placeholder of the model letters are filled in from,
/// read from the model itself, each with what it holds in the fictional letter the previews are written about.
/// </summary>
public static class ListLetterTemplateFields
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    public sealed record Query(LetterOutcome Outcome) : IQuery<IReadOnlyList<TemplateField>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Outcome).IsInEnum().WithMessage("Choose one of the outcomes a letter is written for.");
    }

    public sealed class Handler(ILetterTemplateEngine engine, LetterSettings settings, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<TemplateField>>
    {
        public ValueTask<IReadOnlyList<TemplateField>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return ValueTask.FromResult(engine.Fields(SampleLetterModel.For(query.Outcome, settings, UkCalendar.Today(clock))));
        }
    }
}
