using System.Text.Json.Serialization;
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

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// A parent, carer or young person writes down their own views for their child's request: what matters, their hopes
/// and how the child is best supported. It is recorded as the officer's record of views is (it goes in the panel's
/// papers), given by them today, in the service. Only for a child linked to them: the pipeline checks the case.
/// </summary>
public static class GiveYourViews
{
    public const string HowGathered = "Written by the family in the online service";

    [RequiresPolicy(Policies.Family)]
    public sealed record Command(Guid PlacementRequestId, Voice? Voice, string? WhatMatters, string? HopesAndAspirations, string? HowBestSupported)
        : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of your request.");
            RuleFor(c => c.Voice).NotNull().WithMessage("Say whose views these are.").IsInEnum().WithMessage("Say whose views these are.");
            RuleFor(c => c.WhatMatters)
                .NotEmpty().WithMessage("Tell us what matters most.")
                .MaximumLength(CaseView.TextMaxLength).WithMessage($"This must be {CaseView.TextMaxLength} characters or fewer.");
            RuleFor(c => c.HopesAndAspirations).MaximumLength(CaseView.TextMaxLength).WithMessage($"This must be {CaseView.TextMaxLength} characters or fewer.");
            RuleFor(c => c.HowBestSupported).MaximumLength(CaseView.TextMaxLength).WithMessage($"This must be {CaseView.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, CaseAccess caseAccess, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            var account = await caseAccess.AccountAsync(cancellationToken);
            var relationship = account.ChildLinks.First(l => l.ChildId == placementRequest.ChildId).Relationship;
            var childName = await db.Children.Where(c => c.Id == placementRequest.ChildId).Select(c => c.GivenName).SingleAsync(cancellationToken);
            var givenBy = command.Voice == Voice.Child ? $"{childName}, written down by {account.DisplayName} ({relationship})" : $"{account.DisplayName} ({relationship})";
            var now = clock.GetUtcNow();

            await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            var view = CaseView.Record(
                placementRequest,
                command.Voice!.Value,
                givenBy.Length > CaseView.ShortTextMaxLength ? givenBy[..CaseView.ShortTextMaxLength] : givenBy,
                UkCalendar.DateOf(now),
                HowGathered,
                command.WhatMatters!,
                command.HopesAndAspirations,
                command.HowBestSupported,
                account.Id,
                now);
            db.CaseViews.Add(view);
            return new Result(view.Id, command.PlacementRequestId);
        }
    }
}
