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

/// <summary>
/// A member declares a conflict of interest in a case (or the chair records one for them): from then on they give
/// no view on it and do not count towards its quorum.
/// </summary>
public static class DeclareConflict
{
    [RequiresPolicy(Policies.RecordPanelViews)]
    public sealed record Command(Guid PanelId, Guid PlacementRequestId, string? MemberId, string? Reason) : ICommand<Result>, ICaseScoped, IPanelScoped, IThroughPanel;

    public sealed record Result(Guid PanelId, Guid PlacementRequestId, string MemberId, bool StillQuorate, string Quorum);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.MemberId).MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage("That is not a member's id.");
            RuleFor(c => c.Reason)
                .NotEmpty().WithMessage("Say what the conflict of interest is.")
                .MaximumLength(PanelMeeting.ReasonMaxLength).WithMessage($"The reason must be {PanelMeeting.ReasonMaxLength} characters or fewer.");
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
            var member = string.IsNullOrWhiteSpace(command.MemberId) ? currentUser.Id : new UserId(command.MemberId);
            meeting.DeclareConflict(member, caseId, command.Reason!, currentUser.Id, clock.GetUtcNow());

            var quorum = meeting.QuorumFor(caseId).Check;
            return new Result(meeting.Id, command.PlacementRequestId, member.Value, quorum.IsQuorate, quorum.Explain());
        }
    }
}
