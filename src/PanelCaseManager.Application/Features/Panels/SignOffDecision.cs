using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// The meeting's chair signs off the draft decision on a case, making it final. A decision moves the case to
/// 'Decided'; a deferral returns it to evidence gathering, naming what is missing; a correction leaves it where it is.
/// </summary>
public static class SignOffDecision
{
    [RequiresPolicy(Policies.ChairPanels)]
    public sealed record Command(Guid PanelId, Guid PlacementRequestId, int? ExpectedVersion) : ICommand<Result>, ICaseScoped, IPanelScoped, IThroughPanel;

    public sealed record Result(Guid DecisionId, DecisionOutcome Outcome, string ContentSha256, Stage CaseStage, Guid? Supersedes, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the draft decision you are signing off, so that you sign off what you read.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await db.PanelMeetings.AsSplitQuery().SingleOrDefaultAsync(m => m.Id == command.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", command.PanelId);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var item = meeting.AgendaItemFor(caseId)
                       ?? throw new DomainRuleException("case-not-on-agenda", "This case is not on this meeting's agenda.");
            var draftId = item.DraftDecisionId ?? throw new DomainRuleException(
                item.DecisionId is null ? "no-draft" : "decision-signed-off",
                item.DecisionId is null
                    ? "There is no draft decision on this case to sign off."
                    : "The decision on this case is already signed off. To correct it, record a new decision that supersedes it, with the reason.");
            var decision = await db.PanelDecisions.SingleAsync(d => d.Id == draftId, cancellationToken);
            decision.EnsureVersion(command.ExpectedVersion!.Value);

            var by = currentUser.Id;
            var now = clock.GetUtcNow();
            decision.SignOff(meeting, by, now);

            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleAsync(p => p.Id == caseId, cancellationToken);
            if (decision.SupersedesDecisionId is null)
            {
                if (decision.Content.IsDeferral)
                {
                    placementRequest.DeferForEvidence(string.Join("; ", decision.Content.MissingEvidence), by, now);
                }
                else
                {
                    placementRequest.RecordDecision(by, now);
                }
            }

            return new Result(decision.Id, decision.Outcome, decision.ContentSha256!, placementRequest.Stage, decision.SupersedesDecisionId, decision.Version + 1);
        }
    }
}
