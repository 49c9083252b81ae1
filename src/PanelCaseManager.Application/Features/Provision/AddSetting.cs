using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>An administrator adds a setting to the provision catalogue.</summary>
public static class AddSetting
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(
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
        decimal? AnnualCost) : ICommand<Result>, IIdempotentCommand, ISettingFields
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, string Urn, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            Include(new SettingFieldsValidator<Command>());
            RuleFor(c => c.Sector)
                .MustAsync(async (code, ct) => await db.Sectors.AnyAsync(s => s.Code == code, ct))
                .WithMessage(c => $"There is no sector '{c.Sector}'. GET /api/v1/sector-profiles lists the sectors and their codes.")
                .When(c => !string.IsNullOrEmpty(c.Sector));
            RuleFor(c => c.Urn)
                .MustAsync(async (urn, ct) => !await db.Settings.AnyAsync(s => s.Urn == Domain.Provision.Urn.Parse(urn!), ct))
                .WithMessage(c => $"Another setting already has URN {c.Urn!.Trim()}.")
                .When(c => Domain.Provision.Urn.TryParse(c.Urn, out _));
        }
    }

    public sealed class Handler(PanelDbContext db) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var sectorId = await db.Sectors.Where(s => s.Code == command.Sector).Select(s => s.Id).SingleAsync(cancellationToken);
            var setting = Setting.Add(command.ToDetails(sectorId));
            db.Settings.Add(setting);
            return new Result(setting.Id.Value, setting.Urn.Value, setting.Version);
        }
    }
}
