using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// At the meeting the chair records who is present, and sees whether the panel is quorate for each case once
/// conflicts of interest are set aside. The papers of every case are frozen, if they were not already.
/// </summary>
public static class RecordAttendance
{
    [RequiresPolicy(Policies.ChairPanels)]
    public sealed record Command(Guid PanelId, int? ExpectedVersion, IReadOnlyList<string>? PresentMemberIds) : ICommand<Result>, IPanelScoped;

    public sealed record Result(Guid PanelId, int Present, bool Quorate, string Quorum, IReadOnlyList<CaseQuorumView> Cases, int Version);

    public sealed record CaseQuorumView(Guid PlacementRequestId, bool Quorate, string Quorum);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the meeting you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.PresentMemberIds).NotEmpty().WithMessage("List the members present.");
            RuleForEach(c => c.PresentMemberIds)
                .NotEmpty().WithMessage("A member's id cannot be blank.")
                .MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage("That is not a member's id.");
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
            var now = clock.GetUtcNow();
            meeting.RecordAttendance(command.PresentMemberIds!.Select(i => new UserId(i)), currentUser.Id, now);
            foreach (var item in meeting.Agenda)
            {
                await packs.EnsureFrozenAsync(meeting, item.PlacementRequestId, FreezeTrigger.PanelBegan, cancellationToken);
            }

            var overall = meeting.Quorum.Check(meeting.Attendance.Select(a => a.Agency));
            var cases = meeting.Agenda.OrderBy(a => a.Position)
                .Select(a => (a.PlacementRequestId, Quorum: meeting.QuorumFor(a.PlacementRequestId).Check))
                .Select(x => new CaseQuorumView(x.PlacementRequestId.Value, x.Quorum.IsQuorate, x.Quorum.Explain()))
                .ToList();
            return new Result(meeting.Id, meeting.Attendance.Count, overall.IsQuorate, overall.Explain(), cases, meeting.Version + 1);
        }
    }
}
