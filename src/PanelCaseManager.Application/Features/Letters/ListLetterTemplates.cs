using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>The current wording of each outcome's letter, for an administrator to pick one to read or change.</summary>
public static class ListLetterTemplates
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    public sealed record Query : IQuery<IReadOnlyList<Summary>>;

    public sealed record Summary(LetterOutcome Outcome, string Description, int CurrentVersion, DateTimeOffset SavedAt, string SavedBy, string? Note, bool BuiltIn);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            // A handful of versions per outcome: the latest of each is picked in memory.
            var versions = await db.LetterTemplates.AsNoTracking()
                .Select(t => new { t.Outcome, t.Version, t.SavedAt, t.SavedBy, t.Note })
                .ToListAsync(cancellationToken);
            var latest = versions.GroupBy(t => t.Outcome).Select(g => g.MaxBy(t => t.Version)!).ToList();
            var authors = await LetterTemplateAuthors.NamesAsync(db, latest.Select(t => t.SavedBy), cancellationToken);
            return latest
                .OrderBy(t => t.Outcome)
                .Select(t => new Summary(t.Outcome, t.Outcome.Describe(), t.Version, t.SavedAt, authors(t.SavedBy), t.Note, LetterTemplateAuthors.IsBuiltIn(t.SavedBy)))
                .ToList();
        }
    }
}
