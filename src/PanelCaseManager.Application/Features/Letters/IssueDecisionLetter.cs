using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// An officer issues the letter for a signed-off decision: written from the wording in force (not marked DRAFT),
/// its PDF kept in the document store under its SHA-256, and recorded as an issued letter that is never changed.
/// Issuing again for the same decision gives the same letter. A decision that corrects an earlier one whose letter
/// was sent says that it replaces that letter. The case moves to "Decision letter issued" and the clock records the
/// letter sent. The letter says when the right of appeal will arise; the appeal window runs from the notice sent
/// later with the plan (or a refusal), never from this letter (<see cref="IssueAppealableNotice"/>).
/// </summary>
public static class IssueDecisionLetter
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid DecisionId) : ICommand<Result>, IDecisionScoped;

    /// <summary><paramref name="Created"/> is false when the letter had already been issued.</summary>
    public sealed record Result(Guid LetterId, string Reference, string Sha256, bool Created);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.DecisionId).NotEmpty().WithMessage("Give the id of the decision.");
    }

    public sealed class Handler(
        PanelDbContext db, DecisionLetters letters, IDecisionLetterComposer composer, IDocumentStore documents, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var issued = await db.IssuedLetters.AsNoTracking().SingleOrDefaultAsync(l => l.DecisionId == command.DecisionId, cancellationToken);
            if (issued is not null)
            {
                return new Result(issued.Id, issued.Reference, issued.Sha256, Created: false);
            }

            var decision = await db.PanelDecisions.SingleAsync(d => d.Id == command.DecisionId, cancellationToken);
            var letterDate = UkCalendar.Today(clock);
            var replaces = await ReplacedLetterAsync(decision, cancellationToken);
            var model = await letters.ModelAsync(decision.Id, letterDate, cancellationToken) with
            {
                Replaces = replaces is null ? null : new ReplacedLetter(replaces.Reference, replaces.LetterDate),
            };
            var wording = await letters.WordingAsync(model.Outcome, cancellationToken);
            var composed = composer.Compose(model, wording, draft: false);
            var stored = await documents.StoreAsync(composed.Pdf, cancellationToken);
            var storedHtml = await documents.StoreAsync(Encoding.UTF8.GetBytes(composed.Html), cancellationToken);

            var request = await db.PlacementRequests.SingleAsync(p => p.Id == decision.PlacementRequestId, cancellationToken);
            var number = await db.IssuedLetters.CountAsync(l => l.PlacementRequestId == request.Id, cancellationToken) + 1;
            var by = currentUser.Id;
            var now = clock.GetUtcNow();
            var letter = IssuedLetter.Issue(
                decision, request.Reference, number, composed.Outcome, composed.TemplateVersion, letterDate, model.Family.Name, stored, storedHtml, composed.Pdf.LongLength, composed.PageCount, replaces, by, now);
            db.IssuedLetters.Add(letter);
            if (request.Stage == Stage.Decided)
            {
                request.RecordLetterIssued(by, now);
            }

            return new Result(letter.Id, letter.Reference, letter.Sha256, Created: true);
        }

        /// <summary>The letter of the nearest earlier decision this one corrects that had a letter sent, if any.</summary>
        private async Task<IssuedLetter?> ReplacedLetterAsync(PanelDecision decision, CancellationToken cancellationToken)
        {
            var earlier = decision.SupersedesDecisionId;
            var seen = new HashSet<Guid>();
            while (earlier is { } earlierId && seen.Add(earlierId))
            {
                var letter = await db.IssuedLetters.SingleOrDefaultAsync(l => l.DecisionId == earlierId, cancellationToken);
                if (letter is not null)
                {
                    return letter;
                }

                earlier = await db.PanelDecisions.AsNoTracking().Where(d => d.Id == earlierId).Select(d => d.SupersedesDecisionId).SingleOrDefaultAsync(cancellationToken);
            }

            return null;
        }
    }
}
