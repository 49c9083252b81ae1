using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>An administrator corrects or updates a setting: its places, cost, sector or anything else.</summary>
public static class ChangeSetting
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(
        Guid Id,
        int? ExpectedVersion,
        string? Urn,
        string? Name,
        SettingPhase? Phase,
        int? LowestAge,
        int? HighestAge,
        ProvisionKind? Kind,
        string? Sector,
        SettingStatus? Status,
        bool? InAuthorityArea,
        string? Postcode,
        double? Latitude,
        double? Longitude,
        int? CommissionedPlaces,
        int? PlacesFilled,
        decimal? AnnualCost) : ICommand<Result>, ISettingFields
    {
        /// <summary>The change of a setting to the fields given, from the version that was read: the API's body and the page's form alike.</summary>
        public static Command Of(Guid id, int? expectedVersion, ISettingFields fields)
        {
            ArgumentNullException.ThrowIfNull(fields);
            return new(
                id, expectedVersion, fields.Urn, fields.Name, fields.Phase, fields.LowestAge, fields.HighestAge, fields.Kind, fields.Sector, fields.Status,
                fields.InAuthorityArea, fields.Postcode, fields.Latitude, fields.Longitude, fields.CommissionedPlaces, fields.PlacesFilled, fields.AnnualCost);
        }
    }

    public sealed record Result(Guid Id, string Urn, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            RuleFor(c => c.ExpectedVersion)
                .NotNull().WithMessage("Give the version of the setting you are changing (its 'version' when you read it), so that nobody's change is overwritten.")
                .GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            Include(new SettingFieldsValidator<Command>());
            RuleFor(c => c.Sector)
                .MustAsync(async (code, ct) => await db.Sectors.AnyAsync(s => s.Code == code, ct))
                .WithMessage(c => $"There is no sector '{c.Sector}'. GET /api/v1/sector-profiles lists the sectors and their codes.")
                .When(c => !string.IsNullOrEmpty(c.Sector));
            RuleFor(c => c.Urn)
                .MustAsync(async (c, urn, ct) => !await db.Settings.AnyAsync(s => s.Urn == Domain.Provision.Urn.Parse(urn!) && s.Id != new SettingId(c.Id), ct))
                .WithMessage(c => $"Another setting already has URN {c.Urn!.Trim()}.")
                .When(c => Domain.Provision.Urn.TryParse(c.Urn, out _));
        }
    }

    public sealed class Handler(PanelDbContext db) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var setting = await db.Settings.SingleOrDefaultAsync(s => s.Id == new SettingId(command.Id), cancellationToken)
                          ?? throw new NotFoundException("Setting", command.Id);
            setting.EnsureVersion(command.ExpectedVersion!.Value);
            var sectorId = await db.Sectors.Where(s => s.Code == command.Sector).Select(s => s.Id).SingleAsync(cancellationToken);
            var details = command.ToDetails(sectorId);
            if (details == SettingFieldsMapping.DetailsOf(setting))
            {
                return new Result(setting.Id.Value, setting.Urn.Value, setting.Version);
            }

            setting.Change(details);

            // The unit of work moves the version on when it commits this change.
            return new Result(setting.Id.Value, setting.Urn.Value, setting.Version + 1);
        }
    }
}
