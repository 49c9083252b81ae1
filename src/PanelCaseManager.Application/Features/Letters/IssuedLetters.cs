using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Mediator;
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

/// <summary>One issued letter, decision letter or notice, seen by whoever may see its case.</summary>
public static class GetIssuedLetter
{
    [RequiresPolicy(Policies.ReadLetters)]
    public sealed record Query(Guid LetterId) : IQuery<IssuedLetterView>, ILetterScoped;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.LetterId).NotEmpty().WithMessage("Give the id of the letter.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IssuedLetterView>
    {
        public async ValueTask<IssuedLetterView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var letters = await IssuedLetterViews.ListAsync(db, db.IssuedLetters.Where(l => l.Id == query.LetterId), cancellationToken);
            return letters.SingleOrDefault() ?? throw new NotFoundException("Letter", query.LetterId);
        }
    }
}

/// <summary>
/// The PDF of an issued letter: exactly the bytes that were issued, read back from the document store. The file name
/// gives the letter's reference, never the child's name.
/// </summary>
public static class GetIssuedLetterPdf
{
    [RequiresPolicy(Policies.ReadLetters)]
    public sealed record Query(Guid LetterId) : IQuery<LetterFile>, ILetterScoped;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.LetterId).NotEmpty().WithMessage("Give the id of the letter.");
    }

    public sealed class Handler(PanelDbContext db, IDocumentStore documents) : IQueryHandler<Query, LetterFile>
    {
        public async ValueTask<LetterFile> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var letter = await db.IssuedLetters.AsNoTracking()
                             .Where(l => l.Id == query.LetterId)
                             .Select(l => new { l.Reference, l.Sha256, l.PageCount, l.Outcome })
                             .SingleOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException("Letter", query.LetterId);
            await using var stream = await documents.OpenAsync(letter.Sha256, cancellationToken)
                                     ?? throw new InvalidOperationException($"The PDF of letter {letter.Reference} is missing from the document store.");
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            return new LetterFile(copy.ToArray(), $"{(letter.Outcome.IsNotice() ? "notice" : "decision-letter")}-{letter.Reference}.pdf", letter.PageCount, letter.Sha256);
        }
    }
}

/// <summary>
/// An issued letter to read as a web page: what is recorded of it, with its hash, and the HTML that was written with its
/// PDF from the same document when it was issued, read back from the document store (checked against its SHA-256).
/// <see cref="IssuedLetterPage.Html"/> is null for a letter issued before letters had web pages: its PDF is the letter.
/// </summary>
public static class GetIssuedLetterPage
{
    [RequiresPolicy(Policies.ReadLetters)]
    public sealed record Query(Guid LetterId) : IQuery<IssuedLetterPage>, ILetterScoped;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.LetterId).NotEmpty().WithMessage("Give the id of the letter.");
    }

    public sealed class Handler(PanelDbContext db, IDocumentStore documents) : IQueryHandler<Query, IssuedLetterPage>
    {
        public async ValueTask<IssuedLetterPage> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var letter = (await IssuedLetterViews.ListAsync(db, db.IssuedLetters.Where(l => l.Id == query.LetterId), cancellationToken)).SingleOrDefault()
                         ?? throw new NotFoundException("Letter", query.LetterId);
            var htmlSha256 = await db.IssuedLetters.AsNoTracking().Where(l => l.Id == query.LetterId).Select(l => l.HtmlSha256).SingleAsync(cancellationToken);
            if (htmlSha256 is null)
            {
                return new IssuedLetterPage(letter, Html: null);
            }

            await using var stream = await documents.OpenAsync(htmlSha256, cancellationToken)
                                     ?? throw new InvalidOperationException($"The web page of letter {letter.Reference} is missing from the document store.");
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            var bytes = copy.ToArray();
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), htmlSha256, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The web page of letter {letter.Reference} is not the one written when it was issued.");
            }

            return new IssuedLetterPage(letter, Encoding.UTF8.GetString(bytes));
        }
    }
}

/// <summary>
/// An issued letter for its web page. <paramref name="Html"/> is the letter as written when it was issued (GOV.UK classes,
/// every piece of text encoded, no script or style; its title an h2), or null when only the PDF was kept.
/// </summary>
public sealed record IssuedLetterPage(IssuedLetterView Letter, string? Html);

/// <summary>The letters issued on a case, decision letters and notices, newest first.</summary>
public static class ListCaseLetters
{
    [RequiresPolicy(Policies.ReadLetters)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<IReadOnlyList<IssuedLetterView>>, ICaseScoped;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<IssuedLetterView>>
    {
        public async ValueTask<IReadOnlyList<IssuedLetterView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            return await IssuedLetterViews.ListAsync(db, db.IssuedLetters.Where(l => l.PlacementRequestId == caseId), cancellationToken);
        }
    }
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
