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

/// <summary>An officer records the family's views, or the child's own voice, as they were gathered.</summary>
public static class RecordCaseView
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        Voice? Voice,
        string? GivenBy,
        DateOnly? GatheredOn,
        string? HowGathered,
        string? WhatMatters,
        string? HopesAndAspirations,
        string? HowBestSupported) : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, Guid? LateForPanelMeetingId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            const string voiceMessage = "Say whether these are the family's views or the child's own.";
            RuleFor(c => c.Voice).NotNull().WithMessage(voiceMessage).IsInEnum().WithMessage(voiceMessage);
            RuleFor(c => c.GivenBy)
                .NotEmpty().WithMessage("Say who gave the views.")
                .MaximumLength(CaseView.ShortTextMaxLength).WithMessage($"This must be {CaseView.ShortTextMaxLength} characters or fewer.");
            RuleFor(c => c.GatheredOn)
                .NotNull().WithMessage("Enter the date the views were gathered.")
                .LessThanOrEqualTo(today).WithMessage("The date the views were gathered cannot be in the future.");
            RuleFor(c => c.HowGathered)
                .NotEmpty().WithMessage("Say how the views were gathered, for example 'talking with their teaching assistant, using pictures'.")
                .MaximumLength(CaseView.ShortTextMaxLength).WithMessage($"This must be {CaseView.ShortTextMaxLength} characters or fewer.");
            RuleFor(c => c.WhatMatters)
                .NotEmpty().WithMessage("Record what matters to them.")
                .MaximumLength(CaseView.TextMaxLength).WithMessage($"This must be {CaseView.TextMaxLength} characters or fewer.");
            RuleFor(c => c.HopesAndAspirations).MaximumLength(CaseView.TextMaxLength).WithMessage($"This must be {CaseView.TextMaxLength} characters or fewer.");
            RuleFor(c => c.HowBestSupported).MaximumLength(CaseView.TextMaxLength).WithMessage($"This must be {CaseView.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            var lateFor = await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            var view = CaseView.Record(
                placementRequest,
                command.Voice!.Value,
                command.GivenBy!,
                command.GatheredOn!.Value,
                command.HowGathered!,
                command.WhatMatters!,
                command.HopesAndAspirations,
                command.HowBestSupported,
                currentUser.Id,
                clock.GetUtcNow());
            db.CaseViews.Add(view);
            return new Result(view.Id, command.PlacementRequestId, lateFor);
        }
    }
}
