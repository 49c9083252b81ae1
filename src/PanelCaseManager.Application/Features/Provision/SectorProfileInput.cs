using FluentValidation;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>What an administrator writes in one version of a sector profile.</summary>
/// <param name="ServedNeeds">SEN2 codes of the primary needs the sector serves; a child whose primary need is not among them is not matched to it.</param>
public sealed record SectorProfileInput(
    string? Name,
    IReadOnlyList<string>? ServedNeeds,
    IReadOnlyList<AreaRangeInput>? Areas,
    IReadOnlyList<string>? CoOccurringNeeds,
    int? MaximumClassSize,
    string? StaffingRatio,
    string? Curriculum,
    string? TimeInMainstream,
    string? Description)
{
    public const int NameMaxLength = 200;
    public const int ShortTextMaxLength = 200;
    public const int LongTextMaxLength = 2000;
    public const int DescriptionMaxLength = 4000;
    public const int LargestClass = 60;

    public SectorProfileContent ToContent() => new(
        Name!,
        ServedNeeds ?? [],
        (Areas ?? []).Select(a => new AreaRange(a.Area!.Value, new LevelRange(a.Minimum!.Value, a.Maximum!.Value))),
        CoOccurringNeeds ?? [],
        MaximumClassSize,
        StaffingRatio,
        Curriculum,
        TimeInMainstream,
        Description);
}

/// <summary>The levels of need, 0–4, a sector is designed for in one broad area.</summary>
public sealed record AreaRangeInput(BroadAreaOfNeed? Area, int? Minimum, int? Maximum);

/// <summary>
/// The checks on a profile's content, so that the domain never sees an inverted or overlapping range: each
/// problem is named by its field ("areas[1].maximum").
/// </summary>
public sealed class SectorProfileInputValidator : AbstractValidator<SectorProfileInput>
{
    public SectorProfileInputValidator(Sen2Catalogue sen2)
    {
        ArgumentNullException.ThrowIfNull(sen2);
        RuleFor(p => p.Name).NotEmpty().WithMessage("Enter the sector's name, as families will see it.")
            .MaximumLength(SectorProfileInput.NameMaxLength).WithMessage($"The name must be {SectorProfileInput.NameMaxLength} characters or fewer.");
        RuleForEach(p => p.Areas).ChildRules(area =>
        {
            area.RuleFor(a => a.Area).NotNull().WithMessage("Name the broad area of need.");
            area.RuleFor(a => a.Minimum).NotNull().WithMessage("Enter the lowest level of need, 0 to 4.")
                .InclusiveBetween(NeedsProfile.MinimumLevel, NeedsProfile.MaximumLevel).WithMessage("Levels of need run from 0 to 4.");
            area.RuleFor(a => a.Maximum).NotNull().WithMessage("Enter the highest level of need, 0 to 4.")
                .InclusiveBetween(NeedsProfile.MinimumLevel, NeedsProfile.MaximumLevel).WithMessage("Levels of need run from 0 to 4.");
            area.RuleFor(a => a.Maximum)
                .Must((a, maximum) => maximum >= a.Minimum)
                .WithMessage(a => $"The range {a.Minimum}–{a.Maximum} is the wrong way round: give the lower level first.")
                .When(a => a.Minimum is not null && a.Maximum is not null);
        });
        RuleForEach(p => p.Areas)
            .Must((p, area, context) => FirstWithSameArea(p.Areas!, area) is null)
            .WithMessage((p, area) => OverlapMessage(FirstWithSameArea(p.Areas!, area)!, area))
            .When(p => p.Areas is not null);
        RuleForEach(p => p.ServedNeeds)
            .Must(sen2.Contains)
            .WithMessage((_, code) => $"'{code}' is not a SEN2 need code. Use one of {string.Join(", ", sen2.All.Select(n => n.Code))}.");
        RuleForEach(p => p.CoOccurringNeeds)
            .Must(sen2.Contains)
            .WithMessage((_, code) => $"'{code}' is not a SEN2 need code. Use one of {string.Join(", ", sen2.All.Select(n => n.Code))}.");
        RuleFor(p => p.MaximumClassSize).InclusiveBetween(1, SectorProfileInput.LargestClass)
            .WithMessage($"A class holds 1 to {SectorProfileInput.LargestClass} pupils.");
        RuleFor(p => p.StaffingRatio).MaximumLength(SectorProfileInput.ShortTextMaxLength)
            .WithMessage($"The staffing ratio must be {SectorProfileInput.ShortTextMaxLength} characters or fewer.");
        RuleFor(p => p.Curriculum).MaximumLength(SectorProfileInput.LongTextMaxLength)
            .WithMessage($"The curriculum must be {SectorProfileInput.LongTextMaxLength} characters or fewer.");
        RuleFor(p => p.TimeInMainstream).MaximumLength(SectorProfileInput.LongTextMaxLength)
            .WithMessage($"Time in mainstream must be {SectorProfileInput.LongTextMaxLength} characters or fewer.");
        RuleFor(p => p.Description).MaximumLength(SectorProfileInput.DescriptionMaxLength)
            .WithMessage($"The description must be {SectorProfileInput.DescriptionMaxLength} characters or fewer.");
    }

    /// <summary>An earlier entry for the same area, which makes this one a second range for it.</summary>
    private static AreaRangeInput? FirstWithSameArea(IReadOnlyList<AreaRangeInput> areas, AreaRangeInput area)
    {
        if (area?.Area is null)
        {
            return null;
        }

        for (var i = 0; i < areas.Count && !ReferenceEquals(areas[i], area); i++)
        {
            if (areas[i]?.Area == area.Area)
            {
                return areas[i];
            }
        }

        return null;
    }

    private static string OverlapMessage(AreaRangeInput earlier, AreaRangeInput area)
    {
        var overlaps = earlier.Minimum <= area.Maximum && area.Minimum <= earlier.Maximum;
        return $"{area.Area!.Value.Describe()} already has the range {earlier.Minimum}–{earlier.Maximum}"
               + (overlaps ? $", which {area.Minimum}–{area.Maximum} overlaps" : string.Empty)
               + ": give one range per area.";
    }
}
