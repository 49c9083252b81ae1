using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// What is recorded of an issued letter, a decision letter or a notice (its PDF is read with <see cref="GetIssuedLetterPdf"/>).
/// <paramref name="DecisionId"/> is the decision a decision letter is about; <paramref name="BasedOnDecisionId"/> the one a notice follows.
/// </summary>
public sealed record IssuedLetterView(
    Guid Id,
    string Reference,
    Guid? DecisionId,
    Guid PlacementRequestId,
    string CaseReference,
    LetterOutcome Outcome,
    DateOnly LetterDate,
    DateOnly? AppealDeadline,
    DateTimeOffset IssuedAt,
    string Sha256,
    long SizeBytes,
    int PageCount,
    int TemplateVersion,
    Guid? ReplacesLetterId,
    bool IsNotice,
    Guid? BasedOnDecisionId,
    string? NamedInPlan)
{
    /// <summary>What the letter is, as a family or an officer would call it.</summary>
    public string Title => IsNotice ? $"Notice: {Outcome.Describe().ToLowerInvariant()}" : "Decision letter";
}

internal static class IssuedLetterViews
{
    public static async Task<List<IssuedLetterView>> ListAsync(PanelDbContext db, IQueryable<IssuedLetter> letters, CancellationToken cancellationToken)
    {
        var rows = await (
                from l in letters.AsNoTracking()
                join p in db.PlacementRequests.AsNoTracking() on l.PlacementRequestId equals p.Id
                select new { Letter = l, p.Reference })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new IssuedLetterView(
                r.Letter.Id, r.Letter.Reference, r.Letter.DecisionId, r.Letter.PlacementRequestId.Value, r.Reference.Value, r.Letter.Outcome,
                r.Letter.LetterDate, r.Letter.AppealDeadline, r.Letter.IssuedAt, r.Letter.Sha256, r.Letter.SizeBytes, r.Letter.PageCount,
                r.Letter.TemplateVersion, r.Letter.ReplacesLetterId, r.Letter.Outcome.IsNotice(), r.Letter.BasedOnDecisionId, r.Letter.NamedInPlan))
            .OrderByDescending(l => l.IssuedAt)
            .ToList();
    }
}
