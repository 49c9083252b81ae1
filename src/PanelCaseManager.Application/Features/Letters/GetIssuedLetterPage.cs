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
