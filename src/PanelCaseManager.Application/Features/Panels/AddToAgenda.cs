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
/// An officer puts a case that is ready for panel on a meeting's agenda. After the cut-off this needs a reason, and
/// the case's papers are frozen at once.
/// </summary>
public static class AddToAgenda
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PanelId, Guid PlacementRequestId, int? ExpectedVersion, string? LateReason) : ICommand<Result>, ICaseScoped, IPanelScoped;

    public sealed record Result(Guid PanelId, Guid PlacementRequestId, int Position, bool AddedAfterCutOff, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the meeting you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.LateReason).MaximumLength(PanelMeeting.ReasonMaxLength).WithMessage($"The reason must be {PanelMeeting.ReasonMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await db.PanelMeetings.AsSplitQuery().SingleOrDefaultAsync(m => m.Id == command.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", command.PanelId);
            meeting.EnsureVersion(command.ExpectedVersion!.Value);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);

            var elsewhere = await db.PanelMeetings
                .Where(m => m.Id != meeting.Id && m.Agenda.Any(a => a.PlacementRequestId == caseId && a.DecisionId == null))
                .Select(m => (DateOnly?)m.MeetingDate)
                .FirstOrDefaultAsync(cancellationToken);
            if (elsewhere is { } date)
            {
                throw new DomainRuleException("on-another-agenda", $"Case {placementRequest.Reference} is already on the agenda of the panel on {DateText.Plain(date)} and not yet decided there.");
            }

            var now = clock.GetUtcNow();
            meeting.AddToAgenda(placementRequest, command.LateReason, currentUser.Id, now);
            var item = meeting.AgendaItemFor(caseId)!;
            if (item.AddedAfterCutOff)
            {
                await packs.EnsureFrozenAsync(meeting, caseId, FreezeTrigger.AddedAfterCutOff, cancellationToken);
            }

            return new Result(meeting.Id, command.PlacementRequestId, item.Position, item.AddedAfterCutOff, meeting.Version + 1);
        }
    }
}
