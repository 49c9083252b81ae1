using Mediator;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// The same preview as <see cref="PreviewLetterTemplate"/> — a DRAFT letter about a fictional child, from the wording
/// being edited or a saved version — as HTML to show beside the wording in the template editor.
/// </summary>
public static class PreviewLetterTemplateOnPage
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    public sealed record Query(LetterOutcome Outcome, string? Body, int? Version) : IQuery<Preview>, PreviewLetterTemplate.IWordingToPreview;

    /// <param name="Html">The letter, its title a level-2 heading, to place inside the page.</param>
    /// <param name="Version">The version previewed; 0 for wording not saved yet.</param>
    public sealed record Preview(string Html, int Version);

    public sealed class Validator(ILetterTemplateEngine engine, IOptions<LetterTemplateLimits> limits) : PreviewLetterTemplate.WordingValidator<Query>(engine, limits);

    public sealed class Handler(Persistence.PanelDbContext db, IDecisionLetterComposer composer, LetterSettings settings, TimeProvider clock)
        : IQueryHandler<Query, Preview>
    {
        public async ValueTask<Preview> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var template = await PreviewLetterTemplate.WordingAsync(db, query, cancellationToken);
            var model = SampleLetterModel.For(query.Outcome, settings, UkCalendar.Today(clock));
            return new Preview(composer.ComposeHtml(model, template, draft: true, topHeadingLevel: 3), template.Version);
        }
    }
}
