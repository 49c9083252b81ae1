using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>An administrator starts the next version of a sector's profile as a draft; the published version stays as it is.</summary>
public static class StartSectorProfileDraft
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(Guid Id, int? ExpectedVersion, SectorProfileInput? Content) : ICommand<SectorProfileChanged>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Sen2Catalogue sen2)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the sector profile you read, so that nobody's change is overwritten.");
            RuleFor(c => c.Content).NotNull().WithMessage("Give the draft's content.");
            RuleFor(c => c.Content!).SetValidator(new SectorProfileInputValidator(sen2)).When(c => c.Content is not null);
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, SectorProfileChanged>
    {
        public async ValueTask<SectorProfileChanged> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var sector = await db.SectorToChange(command.Id, command.ExpectedVersion!.Value, cancellationToken);
            var draft = sector.StartDraft(command.Content!.ToContent(), currentUser.Id, clock.GetUtcNow());
            return new SectorProfileChanged(sector.Id.Value, sector.Code, draft.Number, draft.Status, null, sector.Version + 1);
        }
    }
}
