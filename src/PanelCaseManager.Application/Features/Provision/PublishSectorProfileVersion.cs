using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// An administrator publishes a complete draft: from now on families read it and cases are matched against it.
/// The version it replaces is retired, unchanged, so decisions made against it still read as they were.
/// </summary>
public static class PublishSectorProfileVersion
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(Guid Id, int VersionNumber, int? ExpectedVersion) : ICommand<SectorProfileChanged>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the sector profile you read, so that nobody's change is overwritten.");

            // An incomplete draft is refused naming what is missing, before anything changes.
            RuleFor(c => c).CustomAsync(async (command, context, ct) =>
            {
                var sector = await db.Sectors.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SectorId(command.Id), ct);
                var draft = sector?.FindVersion(command.VersionNumber);
                if (draft is not { Status: ProfileStatus.Draft })
                {
                    return;
                }

                foreach (var (field, message) in draft.Content.MissingForPublication())
                {
                    context.AddFailure(field, message);
                }
            });
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, SectorProfileChanged>
    {
        public async ValueTask<SectorProfileChanged> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var sector = await db.SectorToChange(command.Id, command.ExpectedVersion!.Value, cancellationToken);
            var version = sector.VersionToChange(command.VersionNumber);
            var replaced = sector.Published?.Number;
            sector.Publish(version.Number, currentUser.Id, clock.GetUtcNow());
            return new SectorProfileChanged(sector.Id.Value, sector.Code, version.Number, version.Status, replaced, sector.Version + 1);
        }
    }
}
