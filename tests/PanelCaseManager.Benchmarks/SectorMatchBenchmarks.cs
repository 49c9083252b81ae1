using BenchmarkDotNet.Attributes;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The sector match for one case over a catalogue of 30 published profiles and 1,000 or 10,000 settings spread
/// over a county: its cost should grow no faster than the catalogue.
/// </summary>
[MemoryDiagnoser]
public class SectorMatchBenchmarks
{
    private const int Profiles = 30;

    private readonly LocalityRules _rules = new(3.2, 20, 35, 1.3);
    private List<Sector> _sectors = null!;
    private List<Setting> _settings = null!;
    private MatchChild _child = null!;
    private Preference[] _preferences = null!;

    [ParamsSource(nameof(SettingCounts))]
    public int Settings { get; set; }

    public static IEnumerable<int> SettingCounts => BenchmarkSizes.Pick(100, 1_000, 10_000);

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(20261122);
        var now = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        var by = new UserId("benchmark");
        var areas = Enum.GetValues<BroadAreaOfNeed>();
        var codes = Sen2Catalogue.England2025.All.Select(n => n.Code).ToArray();
        _sectors = Enumerable.Range(0, Profiles).Select(i =>
        {
            var main = areas[i % areas.Length];
            var ranges = areas.Select(a => a == main
                ? new AreaRange(a, new LevelRange(1 + (i % 3), 4))
                : new AreaRange(a, new LevelRange(0, random.Next(1, 4))));
            // Every sector serves every primary need, so that the levels decide as in the runs docs/benchmarks.md reports.
            var content = new SectorProfileContent($"Sector {i:D2}", codes, ranges, codes.OrderBy(_ => random.Next()).Take(3), 10, "1:3", "Adapted.", "Some.", "A sector.");
            var sector = Sector.Create($"sector-{i:D2}", (ProvisionKind)(i % 9), content, by, now);
            sector.Publish(1, by, now);
            return sector;
        }).ToList();

        _settings = Enumerable.Range(0, Settings).Select(i =>
        {
            var sector = _sectors[random.Next(Profiles)];
            var lowest = random.Next(0, 3) * 5;
            return Setting.Add(new SettingDetails(
                Urn.Parse((400000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                $"Setting {i:D5}",
                SettingPhase.AllThrough,
                lowest,
                lowest + random.Next(6, 15),
                sector.Kind,
                sector.Id,
                // A status that fits the kind (a later rule refuses, for example, an independent placement as a maintained school).
                Enum.GetValues<SettingStatus>().First(status => status.MismatchWith(sector.Kind, SettingPhase.AllThrough) is null),
                random.Next(10) > 0,
                Postcode.Parse("SG1 1AA"),
                new GeoPoint(51.6 + (random.NextDouble() * 0.45), -0.7 + (random.NextDouble() * 0.9)),
                100,
                random.Next(0, 101),
                Money.FromPence(random.Next(700_000, 9_000_000))));
        }).ToList();

        _child = new MatchChild(
            new NeedsProfile(3, 1, 2, 0),
            [new RankedNeed(RankedNeed.Primary, "ASD"), new RankedNeed(RankedNeed.Secondary, "SEMH")],
            new SchoolYear(5),
            new HomeLocation(Postcode.Parse("SG1 2AB"), new GeoPoint(51.905, -0.196)));
        _preferences =
        [
            new Preference(1, PreferenceKind.NamedSetting, "Setting 00042", "400042", null, "Close to home."),
            new Preference(2, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.SpecialSchool, "Small classes."),
        ];
    }

    [Benchmark]
    public SectorMatchResult MatchOneCase() =>
        SectorMatch.Evaluate(_child, _sectors, _settings, _preferences, Sen2Catalogue.England2025, _rules, maximumCandidates: 50);
}
