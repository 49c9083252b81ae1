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
