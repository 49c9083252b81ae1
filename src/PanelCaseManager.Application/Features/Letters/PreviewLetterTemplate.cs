using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Shows an administrator what a template produces, as a DRAFT letter about a fictional child with the configured
/// contacts: the wording they are editing (before saving it), a saved version, or the current one.
/// </summary>
public static class PreviewLetterTemplate
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    public sealed record Query(LetterOutcome Outcome, string? Body, int? Version) : IQuery<LetterFile>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(ILetterTemplateEngine engine, IOptions<LetterTemplateLimits> limits)
        {
            RuleFor(q => q.Outcome).IsInEnum().WithMessage("Choose one of the outcomes a letter is written for.");
            RuleFor(q => q.Version).Null().WithMessage("Preview either the wording you send or a saved version, not both.").When(q => q.Body is not null);
            RuleFor(q => q.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
            RuleFor(q => q.Body)
                .NotEmpty().WithMessage("Enter the wording to preview, or leave it out to preview the saved wording.")
                .Must(body => body is null || body.Length <= limits.Value.MaximumCharacters)
                .WithMessage(q => LetterTemplateLimits.TooLong(q.Body?.Length ?? 0, limits.Value.MaximumCharacters))
                .DependentRules(() => RuleFor(q => q.Body).Custom((body, context) =>
                {
                    foreach (var problem in engine.Validate(context.InstanceToValidate.Outcome, body!))
                    {
                        context.AddFailure(nameof(Query.Body), problem.ToString());
                    }
                }))
                .When(q => q.Body is not null);
        }
    }

    public sealed class Handler(PanelDbContext db, IDecisionLetterComposer composer, LetterSettings settings, TimeProvider clock)
        : IQueryHandler<Query, LetterFile>
    {
        public async ValueTask<LetterFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            LetterTemplateText template;
            if (query.Body is not null)
            {
                template = new LetterTemplateText(query.Outcome, 0, query.Body);
            }
            else
            {
                template = await db.LetterTemplates.AsNoTracking()
                               .Where(t => t.Outcome == query.Outcome && (query.Version == null || t.Version == query.Version))
                               .OrderByDescending(t => t.Version)
                               .Select(t => new LetterTemplateText(t.Outcome, t.Version, t.Body))
                               .FirstOrDefaultAsync(cancellationToken)
                           ?? throw new NotFoundException("Letter template version", $"{query.Outcome} v{query.Version}");
            }

            var model = SampleLetterModel.For(query.Outcome, settings, UkCalendar.Today(clock));
            var letter = composer.Compose(model, template, draft: true);
            var version = template.Version == 0 ? "unsaved" : $"v{template.Version}";
            return new LetterFile(letter.Pdf, $"preview-{query.Outcome}-{version}.pdf", letter.PageCount, letter.Sha256);
        }
    }
}

/// <summary>A PDF to hand to the caller, with the name to save it under.</summary>
public sealed record LetterFile(byte[] Pdf, string FileName, int PageCount, string Sha256);
