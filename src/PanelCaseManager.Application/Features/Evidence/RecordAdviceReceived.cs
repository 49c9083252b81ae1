using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>An officer records the advice an agency sent: when it arrived, its summary and recommendation, and its document.</summary>
public static class RecordAdviceReceived
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        Guid AdviceRequestId,
        int? ExpectedVersion,
        DateOnly? ReceivedOn,
        string? Summary,
        string? Recommendation,
        Guid? EvidenceItemId) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid Id, DateOnly ReceivedOn, bool Late, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.AdviceRequestId).NotEmpty().WithMessage("Give the id of the advice request.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the advice request you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.ReceivedOn)
                .NotNull().WithMessage("Enter the date the advice was received.")
                .LessThanOrEqualTo(today).WithMessage("The date the advice was received cannot be in the future.");
            RuleFor(c => c.Summary)
                .NotEmpty().WithMessage("Summarise the advice received.")
                .MaximumLength(AdviceRequest.TextMaxLength).WithMessage($"The summary must be {AdviceRequest.TextMaxLength} characters or fewer.");
            RuleFor(c => c.Recommendation)
                .MaximumLength(AdviceRequest.TextMaxLength).WithMessage($"The recommendation must be {AdviceRequest.TextMaxLength} characters or fewer.");
            RuleFor(c => c.EvidenceItemId!.Value)
                .MustAsync(async (command, id, ct) => await db.EvidenceItems.AnyAsync(e => e.Id == id && e.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), ct))
                .OverridePropertyName("evidenceItemId")
                .WithMessage("There is no evidence with this id on this case; upload the advice document first.")
                .When(c => c.EvidenceItemId is not null);
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var advice = await db.AdviceRequests.SingleOrDefaultAsync(a => a.Id == command.AdviceRequestId && a.PlacementRequestId == caseId, cancellationToken)
                         ?? throw new NotFoundException("Advice request", command.AdviceRequestId);
            advice.EnsureVersion(command.ExpectedVersion!.Value);
            await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            advice.RecordReceived(command.ReceivedOn!.Value, command.Summary!, command.Recommendation, command.EvidenceItemId, currentUser.Id, clock.GetUtcNow());
            return new Result(advice.Id, advice.ReceivedOn!.Value, advice.ReceivedOn > advice.DueOn, advice.Version + 1);
        }
    }
}
