using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// An administrator edits a version of a sector profile. A draft changes in place. A published or retired version
/// never changes: the edit becomes a new draft instead (<see cref="Result.CreatedNewDraft"/>), so every decision
/// made against the published version still reads as it was.
/// </summary>
public static class EditSectorProfileVersion
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(Guid Id, int VersionNumber, int? ExpectedVersion, SectorProfileInput? Content) : ICommand<Result>;

    public sealed record Result(SectorProfileChanged Change, bool CreatedNewDraft);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Sen2Catalogue sen2)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the sector profile you read, so that nobody's change is overwritten.");
            RuleFor(c => c.Content).NotNull().WithMessage("Give the profile's content.");
            RuleFor(c => c.Content!).SetValidator(new SectorProfileInputValidator(sen2)).When(c => c.Content is not null);
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var sector = await db.SectorToChange(command.Id, command.ExpectedVersion!.Value, cancellationToken);
            var edited = sector.VersionToChange(command.VersionNumber);
            var draft = sector.Edit(edited.Number, command.Content!.ToContent(), currentUser.Id, clock.GetUtcNow());
            return new Result(
                new SectorProfileChanged(sector.Id.Value, sector.Code, draft.Number, draft.Status, null, sector.Version + 1),
                CreatedNewDraft: draft.Number != command.VersionNumber);
        }
    }
}
