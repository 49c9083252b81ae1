using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Provision;

/// <summary>Everything recorded about a setting, as an administrator enters it or a catalogue file row gives it.</summary>
public sealed record SettingDetails(
    Urn Urn,
    string Name,
    SettingPhase Phase,
    int LowestAge,
    int HighestAge,
    ProvisionKind Kind,
    SectorId SectorId,
    SettingStatus Status,
    bool InAuthorityArea,
    Postcode Postcode,
    GeoPoint Location,
    int CommissionedPlaces,
    int PlacesFilled,
    Money AnnualCost);

/// <summary>
/// A school, unit, centre or college in the provision catalogue: where it is, which sector it belongs to, the
/// places commissioned and filled, and what a place costs a year.
/// </summary>
public sealed class Setting : AggregateRoot
{
    /// <summary>The oldest a young person with an EHC plan can be (CFA 2014 covers 0–25).</summary>
    public const int OldestAge = 25;

    private Setting()
    {
        Urn = null!;
        Name = string.Empty;
        Postcode = null!;
        Location = null!;
    }

    public SettingId Id { get; private set; }
    public Urn Urn { get; private set; }
    public string Name { get; private set; }
    public SettingPhase Phase { get; private set; }

    /// <summary>The youngest age at which pupils join, as in Get Information about Schools.</summary>
    public int LowestAge { get; private set; }

    /// <summary>The age by which pupils have left, as in Get Information about Schools (a primary school is 4–11).</summary>
    public int HighestAge { get; private set; }

    public ProvisionKind Kind { get; private set; }
    public SectorId SectorId { get; private set; }

    /// <summary>What kind of institution it is in law, which decides the duty governing a family's request for it (CFA s.38(3), s.39; EA 1996 s.9).</summary>
    public SettingStatus Status { get; private set; }

    /// <summary>On the Secretary of State's list of independent special schools and specialist colleges (CFA s.41).</summary>
    public bool S41Approved => Status == SettingStatus.IndependentApprovedS41;

    public bool InAuthorityArea { get; private set; }
    public Postcode Postcode { get; private set; }
    public GeoPoint Location { get; private set; }
    public int CommissionedPlaces { get; private set; }
    public int PlacesFilled { get; private set; }

    /// <summary>The annual cost of a place, weighed later under the efficient-use-of-resources ground (CoP 9.79).</summary>
    public Money AnnualCost { get; private set; }

    public int Vacancies => Math.Max(0, CommissionedPlaces - PlacesFilled);

    public static Setting Add(SettingDetails details)
    {
        var setting = new Setting { Id = SettingId.New() };
        setting.Apply(details);
        setting.Raise(new SettingAdded(setting.Id, setting.Urn));
        return setting;
    }

    public void Change(SettingDetails details)
    {
        Apply(details);
        Raise(new SettingChanged(Id, Urn));
    }

    /// <summary>
    /// Whether the setting takes pupils of this school year. A child's age for this is their age on the 31 August
    /// before the school year starts (Reception is 4, Year 7 is 11), so a 4–11 primary takes Reception to Year 6.
    /// </summary>
    public bool TakesPupilsIn(SchoolYear year) => AgeAtStartOf(year) >= LowestAge && AgeAtStartOf(year) < HighestAge;

    public static int AgeAtStartOf(SchoolYear year) => year.Number + 4;

    private void Apply(SettingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            throw new DomainRuleException("setting-name-required", "A setting needs a name.");
        }

        if (details.LowestAge < 0 || details.HighestAge > OldestAge || details.LowestAge >= details.HighestAge)
        {
            throw new DomainRuleException(
                "age-range-invalid",
                $"The age range {details.LowestAge}–{details.HighestAge} is not valid: the youngest age must be below the oldest, within 0–{OldestAge}.");
        }

        if (!Enum.IsDefined(details.Status))
        {
            throw new ArgumentException("Unknown setting status.", nameof(details));
        }

        if (details.Status.MismatchWith(details.Kind, details.Phase) is { } mismatch)
        {
            throw new DomainRuleException("status-does-not-fit", $"{details.Name.Trim()} cannot be {details.Status.Describe()}: {mismatch}");
        }

        if (details.CommissionedPlaces < 0 || details.PlacesFilled < 0)
        {
            throw new DomainRuleException("places-negative", "Places commissioned and filled cannot be negative.");
        }

        if (details.PlacesFilled > details.CommissionedPlaces)
        {
            throw new DomainRuleException(
                "places-filled-above-commissioned",
                $"{details.PlacesFilled} places filled is more than the {details.CommissionedPlaces} commissioned.");
        }

        Urn = details.Urn ?? throw new ArgumentException("A setting needs a URN.", nameof(details));
        Name = details.Name.Trim();
        Phase = details.Phase;
        LowestAge = details.LowestAge;
        HighestAge = details.HighestAge;
        Kind = details.Kind;
        SectorId = details.SectorId;
        Status = details.Status;
        InAuthorityArea = details.InAuthorityArea;
        Postcode = details.Postcode ?? throw new ArgumentException("A setting needs a postcode.", nameof(details));
        Location = details.Location ?? throw new ArgumentException("A setting needs its coordinates.", nameof(details));
        CommissionedPlaces = details.CommissionedPlaces;
        PlacesFilled = details.PlacesFilled;
        AnnualCost = details.AnnualCost;
    }
}

public sealed record SettingAdded(SettingId Id, Urn Urn) : IDomainEvent;

public sealed record SettingChanged(SettingId Id, Urn Urn) : IDomainEvent;
