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
