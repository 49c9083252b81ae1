using FluentValidation;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>The fields of a setting, as the API and a catalogue file row both give them.</summary>
public interface ISettingFields
{
    string? Urn { get; }
    string? Name { get; }
    SettingPhase? Phase { get; }
    int? LowestAge { get; }
    int? HighestAge { get; }
    ProvisionKind? Kind { get; }

    /// <summary>The code of the setting's sector, such as "communication-and-autism".</summary>
    string? Sector { get; }

    /// <summary>What kind of institution the setting is in law; it decides the duty governing a request for it (CFA s.38(3)).</summary>
    SettingStatus? Status { get; }
    bool? InAuthorityArea { get; }
    string? Postcode { get; }
    double? Latitude { get; }
    double? Longitude { get; }
    int? CommissionedPlaces { get; }
    int? PlacesFilled { get; }

    /// <summary>The annual cost of a place in pounds, to the penny.</summary>
    decimal? AnnualCost { get; }
}

/// <summary>The checks every setting's fields pass, wherever they come from; each problem names its field.</summary>
public sealed class SettingFieldsValidator<T> : AbstractValidator<T>
    where T : ISettingFields
{
    public const int NameMaxLength = 200;
    public const int MostPlaces = 100_000;
    public const decimal HighestAnnualCost = 10_000_000m;

    public SettingFieldsValidator()
    {
        RuleFor(s => s.Urn).NotEmpty().WithMessage("Enter the setting's URN.")
            .Must(u => Urn.TryParse(u, out _)).WithMessage("A URN is 6 or 7 digits.")
            .When(s => !string.IsNullOrEmpty(s.Urn), ApplyConditionTo.CurrentValidator);
        RuleFor(s => s.Name).NotEmpty().WithMessage("Enter the setting's name.")
            .MaximumLength(NameMaxLength).WithMessage($"The name must be {NameMaxLength} characters or fewer.");
        RuleFor(s => s.Phase).NotNull().WithMessage($"Choose the phase: {string.Join(", ", Enum.GetNames<SettingPhase>())}.")
            .IsInEnum().WithMessage($"Choose the phase: {string.Join(", ", Enum.GetNames<SettingPhase>())}.");
        RuleFor(s => s.LowestAge).NotNull().WithMessage("Enter the youngest age the setting takes.")
            .InclusiveBetween(0, Setting.OldestAge).WithMessage($"Ages run from 0 to {Setting.OldestAge}.");
        RuleFor(s => s.HighestAge).NotNull().WithMessage("Enter the age by which pupils have left.")
            .InclusiveBetween(1, Setting.OldestAge).WithMessage($"Ages run from 0 to {Setting.OldestAge}.");
        RuleFor(s => s.HighestAge)
            .Must((s, highest) => highest > s.LowestAge)
            .WithMessage(s => $"The age range {s.LowestAge}–{s.HighestAge} is the wrong way round: the oldest age must be above the youngest.")
            .When(s => s.LowestAge is not null && s.HighestAge is not null);
        RuleFor(s => s.Kind).NotNull().WithMessage($"Choose the kind of provision: {string.Join(", ", Enum.GetNames<ProvisionKind>())}.")
            .IsInEnum().WithMessage($"Choose the kind of provision: {string.Join(", ", Enum.GetNames<ProvisionKind>())}.");
        RuleFor(s => s.Sector).NotEmpty().WithMessage("Enter the code of the setting's sector, such as communication-and-autism.");
        RuleFor(s => s.Status).NotNull().WithMessage($"Choose the setting's status: {string.Join(", ", Enum.GetNames<SettingStatus>())}.")
            .IsInEnum().WithMessage($"Choose the setting's status: {string.Join(", ", Enum.GetNames<SettingStatus>())}.");
        RuleFor(s => s.Status)
            .Must((s, status) => status!.Value.MismatchWith(s.Kind!.Value, s.Phase!.Value) is null)
            .WithMessage(s => $"It cannot be {s.Status!.Value.Describe()}: {s.Status!.Value.MismatchWith(s.Kind!.Value, s.Phase!.Value)}")
            .When(s => s.Status is { } status && Enum.IsDefined(status) && s.Kind is { } kind && Enum.IsDefined(kind) && s.Phase is { } phase && Enum.IsDefined(phase));
        RuleFor(s => s.InAuthorityArea).NotNull().WithMessage("Say whether the setting is in the authority's area (true or false).");
        RuleFor(s => s.Postcode).NotEmpty().WithMessage("Enter the setting's postcode.")
            .Must(p => Postcode.TryParse(p, out _)).WithMessage("Enter a real UK postcode, like SG1 1AA.")
            .When(s => !string.IsNullOrEmpty(s.Postcode), ApplyConditionTo.CurrentValidator);
        RuleFor(s => s.Latitude).NotNull().WithMessage("Enter the setting's latitude.")
            .Must(l => double.IsFinite(l!.Value) && l is >= -90 and <= 90).WithMessage("Latitude is between -90 and 90.")
            .When(s => s.Latitude is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(s => s.Longitude).NotNull().WithMessage("Enter the setting's longitude.")
            .Must(l => double.IsFinite(l!.Value) && l is >= -180 and <= 180).WithMessage("Longitude is between -180 and 180.")
            .When(s => s.Longitude is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(s => s.CommissionedPlaces).NotNull().WithMessage("Enter the number of places commissioned.")
            .InclusiveBetween(0, MostPlaces).WithMessage($"Places commissioned run from 0 to {MostPlaces}.");
        RuleFor(s => s.PlacesFilled).NotNull().WithMessage("Enter the number of places filled.")
            .InclusiveBetween(0, MostPlaces).WithMessage($"Places filled run from 0 to {MostPlaces}.");
        RuleFor(s => s.PlacesFilled)
            .Must((s, filled) => filled <= s.CommissionedPlaces)
            .WithMessage(s => $"{s.PlacesFilled} places filled is more than the {s.CommissionedPlaces} commissioned.")
            .When(s => s.PlacesFilled is >= 0 && s.CommissionedPlaces is >= 0);
        RuleFor(s => s.AnnualCost).NotNull().WithMessage("Enter the annual cost of a place in pounds, such as 23450.00.")
            .InclusiveBetween(0, HighestAnnualCost).WithMessage($"The annual cost is between £0 and £{HighestAnnualCost:#,##0}.")
            .Must(c => Money.IsWholePence(c!.Value)).WithMessage("Give the annual cost to the penny: at most two decimal places.")
            .When(s => s.AnnualCost is not null, ApplyConditionTo.CurrentValidator);
    }
}

internal static class SettingFieldsMapping
{
    /// <summary>The domain's view of fields that passed <see cref="SettingFieldsValidator{T}"/>.</summary>
    public static SettingDetails ToDetails(this ISettingFields fields, SectorId sectorId) => new(
        Domain.Provision.Urn.Parse(fields.Urn!),
        fields.Name!.Trim(),
        fields.Phase!.Value,
        fields.LowestAge!.Value,
        fields.HighestAge!.Value,
        fields.Kind!.Value,
        sectorId,
        fields.Status!.Value,
        fields.InAuthorityArea!.Value,
        Domain.Children.Postcode.Parse(fields.Postcode!),
        new GeoPoint(fields.Latitude!.Value, fields.Longitude!.Value),
        fields.CommissionedPlaces!.Value,
        fields.PlacesFilled!.Value,
        Money.FromPounds(fields.AnnualCost!.Value));

    public static SettingDetails DetailsOf(Setting setting) => new(
        setting.Urn,
        setting.Name,
        setting.Phase,
        setting.LowestAge,
        setting.HighestAge,
        setting.Kind,
        setting.SectorId,
        setting.Status,
        setting.InAuthorityArea,
        setting.Postcode,
        setting.Location,
        setting.CommissionedPlaces,
        setting.PlacesFilled,
        setting.AnnualCost);
}
