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
