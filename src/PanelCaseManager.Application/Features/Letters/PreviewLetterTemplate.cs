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
    public sealed record Query(LetterOutcome Outcome, string? Body, int? Version) : IQuery<LetterFile>, IWordingToPreview;

    /// <summary>What a preview fills in: the wording being edited (<see cref="Body"/>), a saved version, or the current one.</summary>
    public interface IWordingToPreview
    {
        LetterOutcome Outcome { get; }

        string? Body { get; }

        int? Version { get; }
    }

    public sealed class Validator(ILetterTemplateEngine engine, IOptions<LetterTemplateLimits> limits) : WordingValidator<Query>(engine, limits);

    /// <summary>The rules of a preview, whatever it is shown as: the wording's problems each with its line.</summary>
    public abstract class WordingValidator<T> : AbstractValidator<T>
        where T : IWordingToPreview
    {
        protected WordingValidator(ILetterTemplateEngine engine, IOptions<LetterTemplateLimits> limits)
        {
            ArgumentNullException.ThrowIfNull(engine);
            ArgumentNullException.ThrowIfNull(limits);
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
                        context.AddFailure(nameof(IWordingToPreview.Body), problem.ToString());
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
            var template = await WordingAsync(db, query, cancellationToken);
            var model = SampleLetterModel.For(query.Outcome, settings, UkCalendar.Today(clock));
            var letter = composer.Compose(model, template, draft: true);
            var version = template.Version == 0 ? "unsaved" : $"v{template.Version}";
            return new LetterFile(letter.Pdf, $"preview-{query.Outcome}-{version}.pdf", letter.PageCount, letter.Sha256);
        }
    }

    /// <summary>The wording sent, or the saved version asked for (the current one when none is).</summary>
    internal static async Task<LetterTemplateText> WordingAsync(PanelDbContext db, IWordingToPreview query, CancellationToken cancellationToken)
    {
        if (query.Body is not null)
        {
            return new LetterTemplateText(query.Outcome, 0, query.Body);
        }

        return await db.LetterTemplates.AsNoTracking()
                   .Where(t => t.Outcome == query.Outcome && (query.Version == null || t.Version == query.Version))
                   .OrderByDescending(t => t.Version)
                   .Select(t => new LetterTemplateText(t.Outcome, t.Version, t.Body))
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Letter template version", $"{query.Outcome} v{query.Version}");
    }
}

/// <summary>A PDF to hand to the caller, with the name to save it under.</summary>
public sealed record LetterFile(byte[] Pdf, string FileName, int PageCount, string Sha256);
