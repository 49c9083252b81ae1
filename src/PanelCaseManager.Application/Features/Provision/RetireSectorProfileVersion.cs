using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>An administrator withdraws a sector's published profile without a replacement: cases are no longer matched against it.</summary>
public static class RetireSectorProfileVersion
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(Guid Id, int VersionNumber, int? ExpectedVersion) : ICommand<SectorProfileChanged>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the sector profile you read, so that nobody's change is overwritten.");
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, SectorProfileChanged>
    {
        public async ValueTask<SectorProfileChanged> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var sector = await db.SectorToChange(command.Id, command.ExpectedVersion!.Value, cancellationToken);
            var version = sector.VersionToChange(command.VersionNumber);
            sector.Retire(version.Number, currentUser.Id, clock.GetUtcNow());
            return new SectorProfileChanged(sector.Id.Value, sector.Code, version.Number, version.Status, version.Number, sector.Version + 1);
        }
    }
}
