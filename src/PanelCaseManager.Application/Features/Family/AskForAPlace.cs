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
/// A family asks for a school or setting, or a type of provision, for their child: it is added after the choices
/// already recorded, with their reasons. The officer can change the order with them later.
/// </summary>
public static class AskForAPlace
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Command(Guid PlacementRequestId, int? ExpectedVersion, PreferenceKind? Kind, string? SettingName, ProvisionKind? ProvisionKind, string? Reasons)
        : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid PlacementRequestId, int Rank, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of your request.");
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Open your request again and ask from there, so that nothing is overwritten.");
            RuleFor(c => c.Kind).NotNull().WithMessage("Say whether you are asking for a named school or setting, or a type of provision.")
                .IsInEnum().WithMessage("Say whether you are asking for a named school or setting, or a type of provision.");
            RuleFor(c => c.SettingName)
                .NotEmpty().WithMessage("Enter the name of the school or setting.")
                .When(c => c.Kind == PreferenceKind.NamedSetting);
            RuleFor(c => c.SettingName).MaximumLength(PlacementRequests.SubmitPlacementRequest.SettingNameMaxLength)
                .WithMessage($"The name must be {PlacementRequests.SubmitPlacementRequest.SettingNameMaxLength} characters or fewer.");
            RuleFor(c => c.ProvisionKind)
                .NotNull().WithMessage("Choose the type of provision.")
                .IsInEnum().WithMessage("Choose the type of provision.")
                .When(c => c.Kind == PreferenceKind.TypeOfProvision);
            RuleFor(c => c.Reasons)
                .NotEmpty().WithMessage("Tell us why you are asking for it.")
                .MaximumLength(PlacementRequests.SubmitPlacementRequest.ReasonsMaxLength)
                .WithMessage($"Your reasons must be {PlacementRequests.SubmitPlacementRequest.ReasonsMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(
        PanelDbContext db,
        CasePacks packs,
        Microsoft.Extensions.Options.IOptions<PlacementRequestOptions> options,
        ICurrentUser currentUser,
        TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            placementRequest.EnsureVersion(command.ExpectedVersion!.Value);
            var rank = placementRequest.Preferences.Count + 1;
            var asked = command.Kind == PreferenceKind.NamedSetting
                ? new Preference(rank, PreferenceKind.NamedSetting, command.SettingName!.Trim(), null, null, command.Reasons!.Trim())
                : new Preference(rank, PreferenceKind.TypeOfProvision, null, null, command.ProvisionKind, command.Reasons!.Trim());
            await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            placementRequest.RecordPreferences([.. placementRequest.Preferences, asked], options.Value.ToRules(), currentUser.Id, clock.GetUtcNow());
            return new Result(command.PlacementRequestId, rank, placementRequest.Version + 1);
        }
    }
}
