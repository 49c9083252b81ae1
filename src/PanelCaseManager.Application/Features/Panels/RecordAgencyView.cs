using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>At the meeting a member present, with no conflict in the case, records their agency's view on it.</summary>
public static class RecordAgencyView
{
    [RequiresPolicy(Policies.RecordPanelViews)]
    public sealed record Command(Guid PanelId, Guid PlacementRequestId, string? Summary, DecisionOutcome? RecommendedOutcome) : ICommand<Result>, ICaseScoped, IPanelScoped, IThroughPanel;

    public sealed record Result(Guid Id, Guid PanelId, Guid PlacementRequestId, Agency Agency);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.RecommendedOutcome).IsInEnum().WithMessage($"Use one of {string.Join(", ", Enum.GetNames<DecisionOutcome>())}.");
            RuleFor(c => c.Summary)
                .NotEmpty().WithMessage("Give your agency's view.")
                .MaximumLength(AgencyView.SummaryMaxLength).WithMessage($"The view must be {AgencyView.SummaryMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await db.PanelMeetings.AsSplitQuery().SingleOrDefaultAsync(m => m.Id == command.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", command.PanelId);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var view = AgencyView.Record(meeting, caseId, currentUser.Id, command.Summary!, command.RecommendedOutcome, clock.GetUtcNow());
            await packs.EnsureFrozenAsync(meeting, caseId, FreezeTrigger.PanelBegan, cancellationToken);
            db.AgencyViews.Add(view);
            return new Result(view.Id, meeting.Id, command.PlacementRequestId, view.Agency);
        }
    }
}
