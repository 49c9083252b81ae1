using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Provision;

/// <summary>Sectors, settings and children for the provision rules, changed only where a test cares.</summary>
internal static class ProvisionFactory
{
    public static readonly UserId Admin = new("administrator");
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    public static readonly GeoPoint Stevenage = new(51.905, -0.196);

    public static readonly LocalityRules Rules = new(PrimaryWalkOrWheelKilometres: 3.2, SecondaryDriveMinutes: 20, AssumedDrivingSpeedKph: 35, RoadDistanceFactor: 1.3);

    /// <summary>Every SEN2 code: a profile that serves any primary need, for tests about levels alone.</summary>
    public static readonly string[] AnyNeed = [.. Sen2Catalogue.England2025.All.Select(n => n.Code)];

    /// <param name="served">The primary needs served; by default every one, so that only the levels decide.</param>
    public static SectorProfileContent Content(
        string name = "Special school: Communication and Autism",
        (BroadAreaOfNeed Area, int Min, int Max)[]? ranges = null,
        string[]? coOccurring = null,
        string[]? served = null) =>
        new(
            name,
            served ?? AnyNeed,
            (ranges ?? [(BroadAreaOfNeed.CommunicationAndInteraction, 3, 4), (BroadAreaOfNeed.CognitionAndLearning, 0, 3), (BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 2), (BroadAreaOfNeed.SensoryAndPhysical, 0, 2)])
                .Select(r => new AreaRange(r.Area, new LevelRange(r.Min, r.Max))),
            coOccurring ?? ["SLCN", "MLD"],
            8,
            "About one adult to three pupils",
            "The national curriculum, adapted.",
            "Most of the week in the special school.",
            "A special school for autistic children.");

    public static Sector PublishedSector(string code = "communication-and-autism", ProvisionKind kind = ProvisionKind.SpecialSchool, SectorProfileContent? content = null)
    {
        var sector = Sector.Create(code, kind, content ?? Content(), Admin, Now);
        sector.Publish(1, Admin, Now);
        return sector;
    }

    public static Setting Setting(
        Sector sector,
        string urn = "117701",
        string name = "Larkspur Communication and Autism School",
        GeoPoint? location = null,
        int lowestAge = 4,
        int highestAge = 19,
        bool inArea = true,
        int commissioned = 100,
        int filled = 90,
        ProvisionKind? kind = null,
        bool s41 = false) =>
        Domain.Provision.Setting.Add(new SettingDetails(
            Urn.Parse(urn),
            name,
            SettingPhase.AllThrough,
            lowestAge,
            highestAge,
            kind ?? sector.Kind,
            sector.Id,
            s41,
            inArea,
            Postcode.Parse("SG1 1AA"),
            location ?? Stevenage,
            commissioned,
            filled,
            Money.FromPounds(32000m)));

    /// <summary>A Year 5 child (primary) with autism, living in Stevenage.</summary>
    public static MatchChild Child(
        int communication = 3,
        int cognition = 1,
        int semh = 1,
        int sensory = 0,
        string primary = "ASD",
        string? secondary = null,
        int year = 5,
        HomeLocation? home = null,
        bool noHome = false)
    {
        var needs = new List<RankedNeed> { new(RankedNeed.Primary, primary) };
        if (secondary is not null)
        {
            needs.Add(new RankedNeed(RankedNeed.Secondary, secondary));
        }

        return new MatchChild(
            new NeedsProfile(communication, cognition, semh, sensory),
            needs,
            new SchoolYear(year),
            noHome ? null : home ?? new HomeLocation(Postcode.Parse("SG1 2AB"), Stevenage));
    }

    public static SectorMatchResult Match(MatchChild child, IEnumerable<Sector> sectors, IEnumerable<Setting>? settings = null, IReadOnlyList<Preference>? preferences = null, int maximum = 50) =>
        SectorMatch.Evaluate(child, sectors, settings ?? [], preferences ?? [], Sen2Catalogue.England2025, Rules, maximum);

    /// <summary>A point the given distance due north of Stevenage.</summary>
    public static GeoPoint NorthOfStevenage(double kilometres) => new(Stevenage.Latitude + (kilometres / 111.195), Stevenage.Longitude);
}
