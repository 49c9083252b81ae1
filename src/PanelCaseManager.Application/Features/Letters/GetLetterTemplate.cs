using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>One version of an outcome's letter wording (the current one unless a version is asked for), with the list of all versions.</summary>
public static class GetLetterTemplate
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    public sealed record Query(LetterOutcome Outcome, int? Version) : IQuery<Details>;

    public sealed record Details(
        LetterOutcome Outcome,
        string Description,
        int Version,
        bool IsCurrent,
        string Body,
        string? Note,
        DateTimeOffset SavedAt,
        string SavedBy,
        IReadOnlyList<VersionSummary> Versions,
        bool BuiltIn);

    /// <param name="BuiltIn">The wording shipped with the service, which nobody saved.</param>
    public sealed record VersionSummary(int Version, DateTimeOffset SavedAt, string SavedBy, string? Note, bool BuiltIn);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Outcome).IsInEnum().WithMessage("Choose one of the outcomes a letter is written for.");
            RuleFor(q => q.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        }
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var versions = await db.LetterTemplates.AsNoTracking()
                .Where(t => t.Outcome == query.Outcome)
                .OrderByDescending(t => t.Version)
                .Select(t => new { t.Version, t.SavedAt, t.SavedBy, t.Note })
                .ToListAsync(cancellationToken);
            if (versions.Count == 0)
            {
                throw new NotFoundException("Letter template", query.Outcome);
            }

            var version = query.Version ?? versions[0].Version;
            var template = await db.LetterTemplates.AsNoTracking()
                               .SingleOrDefaultAsync(t => t.Outcome == query.Outcome && t.Version == version, cancellationToken)
                           ?? throw new NotFoundException("Letter template version", $"{query.Outcome} v{version}");
            var authors = await LetterTemplateAuthors.NamesAsync(db, versions.Select(v => v.SavedBy), cancellationToken);
            return new Details(
                template.Outcome,
                template.Outcome.Describe(),
                template.Version,
                template.Version == versions[0].Version,
                template.Body,
                template.Note,
                template.SavedAt,
                authors(template.SavedBy),
                versions.Select(v => new VersionSummary(v.Version, v.SavedAt, authors(v.SavedBy), v.Note, LetterTemplateAuthors.IsBuiltIn(v.SavedBy))).ToList(),
                LetterTemplateAuthors.IsBuiltIn(template.SavedBy));
        }
    }
}
