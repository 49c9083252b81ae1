using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>An officer records the family's ranked preferences afresh, each with their reasons, when they change before the panel decides.</summary>
public static class RecordPreferences
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, int? ExpectedVersion, IReadOnlyList<SubmitPlacementRequest.PreferenceInput>? Preferences) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid PlacementRequestId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<PlacementRequestOptions> options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var maximum = options.Value.MaximumPreferences;
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the case you are changing, so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Preferences).NotNull().WithMessage("Give the family's preferences, or an empty list if they have none.");
            RuleFor(c => c.Preferences!.Count).LessThanOrEqualTo(maximum)
                .OverridePropertyName("preferences")
                .WithMessage($"A family can rank up to {maximum} preferences.")
                .When(c => c.Preferences is not null && c.Preferences.All(p => p is not null));
            RuleForEach(c => c.Preferences).NotNull().WithMessage("A preference cannot be empty.");
            RuleFor(c => c.Preferences)
                .Must(p => p!.Select(x => x.Rank).Order().SequenceEqual(Enumerable.Range(1, p!.Count).Select(r => (int?)r)))
                .WithMessage("Rank the preferences 1, 2, 3… with no gaps or repeats.")
                .When(c => c.Preferences is not null && c.Preferences.All(p => p is not null));
            RuleForEach(c => c.Preferences).SetValidator(new SubmitPlacementRequest.PreferenceValidator());
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, IOptions<PlacementRequestOptions> options, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            placementRequest.EnsureVersion(command.ExpectedVersion!.Value);
            await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            placementRequest.RecordPreferences(
                command.Preferences!.Select(SubmitPlacementRequest.ToDomain),
                options.Value.ToRules(),
                currentUser.Id,
                clock.GetUtcNow());
            return new Result(command.PlacementRequestId, placementRequest.Version + 1);
        }
    }
}
