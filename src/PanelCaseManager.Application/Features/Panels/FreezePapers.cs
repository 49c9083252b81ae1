using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>Once the evidence cut-off has passed, an officer freezes the papers of every case on the agenda, to send to members.</summary>
public static class FreezePapers
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PanelId) : ICommand<Result>, IPanelScoped;

    public sealed record Result(Guid PanelId, IReadOnlyList<FrozenPack> Packs);

    public sealed record FrozenPack(Guid PlacementRequestId, Guid CasePackId, string Sha256, DateTimeOffset FrozenAt);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await db.PanelMeetings.AsSplitQuery().SingleOrDefaultAsync(m => m.Id == command.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", command.PanelId);
            if (!meeting.IsPastCutOff(clock.GetUtcNow()))
            {
                throw new DomainRuleException("before-cut-off", $"The papers freeze at the evidence cut-off, {DateText.Instant(meeting.CutOffAt)}.");
            }

            var frozen = new List<FrozenPack>();
            foreach (var item in meeting.Agenda.OrderBy(a => a.Position))
            {
                var pack = await packs.EnsureFrozenAsync(meeting, item.PlacementRequestId, FreezeTrigger.CutOff, cancellationToken);
                frozen.Add(new FrozenPack(item.PlacementRequestId.Value, pack.Id, pack.Sha256, pack.FrozenAt));
            }

            return new Result(meeting.Id, frozen);
        }
    }
}
