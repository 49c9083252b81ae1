using System.Globalization;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using S = PanelCaseManager.Infrastructure.ReferenceData.DefaultSectors;

namespace PanelCaseManager.Infrastructure.ReferenceData;

/// <summary>
/// Fictional settings spread over a Hertfordshire-like county (districts SG, AL, WD, HP, EN, CM23), with a few
/// independent and non-maintained schools beyond its border. Each has its status in law: maintained schools and a
/// maintained nursery school, academies, further education colleges, independent schools approved under s.41 and one
/// that is not, and a non-maintained special school. The same list every time: no randomness that varies.
/// </summary>
internal static class DefaultSettings
{
    public sealed record Entry(
        string Urn,
        string Name,
        SettingPhase Phase,
        int LowestAge,
        int HighestAge,
        ProvisionKind Kind,
        string Sector,
        SettingStatus Status,
        bool InAuthorityArea,
        string Postcode,
        double Latitude,
        double Longitude,
        int CommissionedPlaces,
        int PlacesFilled,
        decimal AnnualCost);

    private sealed record District(string Code, string Town, double Latitude, double Longitude);

    private static readonly District[] Districts =
    [
        new("SG1", "Stevenage", 51.905, -0.196), new("SG2", "Stevenage", 51.896, -0.170), new("SG4", "Hitchin", 51.950, -0.270),
        new("SG5", "Hitchin", 51.965, -0.290), new("SG6", "Letchworth", 51.979, -0.229), new("SG7", "Baldock", 51.990, -0.190),
        new("SG8", "Royston", 52.035, -0.022), new("SG12", "Ware", 51.813, -0.030), new("SG13", "Hertford", 51.790, -0.075),
        new("SG14", "Hertford", 51.800, -0.090), new("AL1", "St Albans", 51.750, -0.335), new("AL3", "St Albans", 51.760, -0.350),
        new("AL5", "Harpenden", 51.815, -0.355), new("AL7", "Welwyn Garden City", 51.795, -0.185), new("AL8", "Welwyn Garden City", 51.810, -0.210),
        new("AL10", "Hatfield", 51.763, -0.225), new("WD17", "Watford", 51.660, -0.400), new("WD24", "Watford", 51.670, -0.390),
        new("WD3", "Rickmansworth", 51.640, -0.470), new("WD6", "Borehamwood", 51.657, -0.272), new("HP1", "Hemel Hempstead", 51.755, -0.480),
        new("HP2", "Hemel Hempstead", 51.765, -0.450), new("HP4", "Berkhamsted", 51.763, -0.565), new("HP23", "Tring", 51.795, -0.655),
        new("EN6", "Potters Bar", 51.695, -0.180), new("EN8", "Cheshunt", 51.705, -0.035), new("EN11", "Hoddesdon", 51.762, -0.013),
        new("CM23", "Bishop's Stortford", 51.870, 0.160),
    ];

    private static readonly string[] PlaceNames =
    [
        "Ashgrove", "Hollybank", "Meadowbrook", "Hazelwood", "Elmhurst", "Foxley", "Millbrook", "Cedar Park", "Larchmere", "Willowmead",
        "Hawthorn", "Rowan Hill", "Birchwood", "Chestnut Grove", "Kestrel", "Lavender Fields", "Brambles", "Orchard Way", "Sycamore",
        "Juniper", "Greenacre", "Harebell", "Moorlands", "Fairfield", "Heronsgate", "Silverdale", "Copperfield", "Thornbury",
        "Beacon Hill", "Redwood", "Oakleigh", "Swallowdale", "Primrose", "Windmill Hill", "Fernside", "Alder", "Bluebell", "Spinney",
    ];

    /// <summary>The settings the demonstration families already name, with the URNs their preferences carry.</summary>
    private static readonly Entry[] Named =
    [
        new("117235", "Oakfield Primary School", SettingPhase.Primary, 4, 11, ProvisionKind.Mainstream, S.Mainstream, SettingStatus.MaintainedSchool, true, "SG1 4QT", 51.9068, -0.2010, 420, 402, 7400m),
        new("117660", "Brookside Special School", SettingPhase.AllThrough, 2, 19, ProvisionKind.SpecialSchool, S.ComplexCognitionAndLearning, SettingStatus.MaintainedSchool, true, "AL1 5JQ", 51.7478, -0.3268, 120, 117, 29800m),
        new("145882", "Woodlands Academy SRP", SettingPhase.Primary, 4, 11, ProvisionKind.SpecialistResourceProvision, S.SrpCommunication, SettingStatus.Academy, true, "SG2 8RH", 51.8935, -0.1655, 16, 13, 18600m),
        new("117701", "Larkspur Communication and Autism School", SettingPhase.AllThrough, 4, 19, ProvisionKind.SpecialSchool, S.CommunicationAndAutism, SettingStatus.MaintainedSchool, true, "AL10 9BS", 51.7660, -0.2315, 140, 140, 33500m),
        new("137944", "Kingsway Secondary School", SettingPhase.Secondary, 11, 18, ProvisionKind.Mainstream, S.Mainstream, SettingStatus.Academy, true, "SG1 2JB", 51.9112, -0.1905, 1350, 1296, 8200m),
        new("117690", "Beechwood SEMH School", SettingPhase.AllThrough, 5, 16, ProvisionKind.SpecialSchool, S.Semh, SettingStatus.MaintainedSchool, true, "HP2 7DS", 51.7672, -0.4461, 90, 84, 36200m),
    ];

    public static IReadOnlyList<Entry> All { get; } = Build();

    private static Entry[] Build()
    {
        var entries = new List<Entry>(Named);
        var urn = 300100;
        var place = 0;

        Entry Local(string name, SettingPhase phase, int lowest, int highest, ProvisionKind kind, string sector, District d, int index, int places, double fullness, decimal cost)
        {
            var latitude = Math.Round(d.Latitude + Offset(index, 0.012), 4);
            var longitude = Math.Round(d.Longitude + Offset(index + 7, 0.018), 4);
            var filled = (int)Math.Min(places, Math.Round(places * fullness));
            return new Entry((urn++).ToString(CultureInfo.InvariantCulture), name, phase, lowest, highest, kind, sector, StatusOf(name, phase, kind), true, PostcodeIn(d, index), latitude, longitude, places, filled, cost);
        }

        string NextPlace() => PlaceNames[place++ % PlaceNames.Length];

        // The place names come round again after a few districts: a name already given is told apart by its town, so
        // that no two settings in the catalogue share a name.
        var named = new HashSet<string>(Named.Select(n => n.Name), StringComparer.OrdinalIgnoreCase);
        string Unique(string name, District d) => named.Add(name) ? name : named.Add($"{d.Town} {name}") ? $"{d.Town} {name}" : $"{d.Code} {name}";

        for (var i = 0; i < Districts.Length; i++)
        {
            var d = Districts[i];
            entries.Add(Local(Unique($"{NextPlace()} Primary School", d), SettingPhase.Primary, 4, 11, ProvisionKind.Mainstream, S.Mainstream, d, i * 3, i % 3 == 0 ? 420 : 210, 0.9 + (i % 4 * 0.03), 7200m));
            entries.Add(Local(Unique($"{NextPlace()} JMI School", d), SettingPhase.Primary, 4, 11, ProvisionKind.Mainstream, S.Mainstream, d, (i * 3) + 1, 210, 0.92 + (i % 3 * 0.04), 7200m));
            if (i % 2 == 0)
            {
                entries.Add(Local(Unique($"{d.Town} {NextPlace()} Academy", d), SettingPhase.Secondary, 11, 18, ProvisionKind.Mainstream, S.Mainstream, d, (i * 3) + 2, 1200 + (i * 10), 0.94, 8100m));
            }
        }

        var specialist = new (string Name, SettingPhase Phase, int Lowest, int Highest, ProvisionKind Kind, string Sector, int District, int Places, double Fullness, decimal Cost)[]
        {
            ("Hollybank Primary SRP (Speech and Language)", SettingPhase.Primary, 4, 11, ProvisionKind.SpecialistResourceProvision, S.SrpCommunication, 4, 12, 0.83, 18600m),
            ("Meadowbrook Academy SRP (Autism)", SettingPhase.Secondary, 11, 16, ProvisionKind.SpecialistResourceProvision, S.SrpCommunication, 11, 20, 1.0, 19200m),
            ("Elmhurst Primary SRP (Autism)", SettingPhase.Primary, 4, 11, ProvisionKind.SpecialistResourceProvision, S.SrpCommunication, 17, 14, 0.93, 18600m),
            ("Foxley School SRP (Communication)", SettingPhase.Secondary, 11, 16, ProvisionKind.SpecialistResourceProvision, S.SrpCommunication, 26, 16, 0.75, 19200m),
            ("Millbrook Primary Hearing Support Base", SettingPhase.Primary, 3, 11, ProvisionKind.SpecialistResourceProvision, S.SrpHearing, 8, 10, 0.7, 21400m),
            ("Larchmere Academy Hearing Support Base", SettingPhase.Secondary, 11, 16, ProvisionKind.SpecialistResourceProvision, S.SrpHearing, 13, 10, 0.8, 21900m),
            ("Willowmead Primary Physical Disability Base", SettingPhase.Primary, 4, 11, ProvisionKind.SpecialistResourceProvision, S.SrpPhysical, 20, 10, 0.6, 20800m),
            ("Hawthorn School Physical Disability Base", SettingPhase.Secondary, 11, 16, ProvisionKind.SpecialistResourceProvision, S.SrpPhysical, 1, 12, 0.75, 21300m),
            ("Rowan Hill SEND Unit", SettingPhase.Primary, 4, 11, ProvisionKind.SendUnit, S.SendUnit, 6, 16, 0.94, 20400m),
            ("Birchwood Academy SEND Unit", SettingPhase.Secondary, 11, 16, ProvisionKind.SendUnit, S.SendUnit, 15, 20, 0.9, 21100m),
            ("Chestnut Grove SEND Unit", SettingPhase.Primary, 4, 11, ProvisionKind.SendUnit, S.SendUnit, 24, 16, 1.0, 20400m),
            ("Kestrel Primary Behaviour Service (North)", SettingPhase.Primary, 5, 11, ProvisionKind.PrimaryBehaviourService, S.PrimaryBehaviourService, 2, 12, 0.66, 15800m),
            ("Kestrel Primary Behaviour Service (East)", SettingPhase.Primary, 5, 11, ProvisionKind.PrimaryBehaviourService, S.PrimaryBehaviourService, 8, 12, 0.75, 15800m),
            ("Kestrel Primary Behaviour Service (South)", SettingPhase.Primary, 5, 11, ProvisionKind.PrimaryBehaviourService, S.PrimaryBehaviourService, 19, 12, 0.83, 15800m),
            ("Kestrel Primary Behaviour Service (West)", SettingPhase.Primary, 5, 11, ProvisionKind.PrimaryBehaviourService, S.PrimaryBehaviourService, 21, 12, 0.5, 15800m),
            ("Stevenage Education Support Centre", SettingPhase.Secondary, 11, 16, ProvisionKind.EducationSupportCentre, S.EducationSupportCentre, 1, 40, 0.9, 22600m),
            ("Watford Education Support Centre", SettingPhase.Secondary, 11, 16, ProvisionKind.EducationSupportCentre, S.EducationSupportCentre, 16, 40, 0.95, 22600m),
            ("Hertford and Ware Education Support Centre", SettingPhase.Secondary, 11, 16, ProvisionKind.EducationSupportCentre, S.EducationSupportCentre, 8, 32, 0.8, 22600m),
            ("Dacorum Education Support Centre", SettingPhase.Secondary, 11, 16, ProvisionKind.EducationSupportCentre, S.EducationSupportCentre, 21, 32, 0.85, 22600m),
            ("Lavender Fields School", SettingPhase.AllThrough, 2, 19, ProvisionKind.SpecialSchool, S.ComplexCognitionAndLearning, 0, 110, 0.96, 29800m),
            ("Brambles School", SettingPhase.AllThrough, 2, 19, ProvisionKind.SpecialSchool, S.ComplexCognitionAndLearning, 6, 100, 0.9, 29800m),
            ("Orchard Way School", SettingPhase.AllThrough, 3, 19, ProvisionKind.SpecialSchool, S.ComplexCognitionAndLearning, 16, 130, 1.0, 29800m),
            ("Sycamore School", SettingPhase.AllThrough, 2, 19, ProvisionKind.SpecialSchool, S.ComplexCognitionAndLearning, 26, 100, 0.92, 29800m),
            ("Juniper School", SettingPhase.Primary, 3, 11, ProvisionKind.SpecialSchool, S.CommunicationAndAutism, 4, 70, 1.0, 32900m),
            ("Greenacre School", SettingPhase.Secondary, 11, 19, ProvisionKind.SpecialSchool, S.CommunicationAndAutism, 18, 90, 0.97, 33500m),
            ("Harebell School", SettingPhase.AllThrough, 4, 19, ProvisionKind.SpecialSchool, S.CommunicationAndAutism, 27, 80, 0.95, 33500m),
            ("Moorlands School", SettingPhase.Secondary, 11, 16, ProvisionKind.SpecialSchool, S.Semh, 9, 60, 0.9, 36200m),
            ("Fairfield School", SettingPhase.Primary, 5, 11, ProvisionKind.SpecialSchool, S.Semh, 25, 40, 0.85, 35400m),
            ("Heronsgate School", SettingPhase.Secondary, 11, 16, ProvisionKind.SpecialSchool, S.Semh, 5, 60, 1.0, 36200m),
            ("Silverdale School", SettingPhase.AllThrough, 2, 19, ProvisionKind.SpecialSchool, S.PhysicalAndNeurological, 13, 90, 0.88, 41200m),
            ("Copperfield School", SettingPhase.AllThrough, 3, 19, ProvisionKind.SpecialSchool, S.PhysicalAndNeurological, 20, 70, 0.9, 41200m),
            ("Thornbury School for the Deaf", SettingPhase.AllThrough, 3, 19, ProvisionKind.SpecialSchool, S.HearingImpairment, 10, 60, 0.7, 37600m),
            ("North Herts College of Further Education", SettingPhase.Post16, 16, 25, ProvisionKind.FurtherEducationCollege, S.FurtherEducation, 3, 400, 0.8, 12400m),
            ("West Herts College of Further Education", SettingPhase.Post16, 16, 25, ProvisionKind.FurtherEducationCollege, S.FurtherEducation, 16, 500, 0.85, 12400m),
            ("Hertford Regional College of Further Education", SettingPhase.Post16, 16, 25, ProvisionKind.FurtherEducationCollege, S.FurtherEducation, 8, 450, 0.78, 12400m),
        };
        for (var i = 0; i < specialist.Length; i++)
        {
            var s = specialist[i];
            entries.Add(Local(s.Name, s.Phase, s.Lowest, s.Highest, s.Kind, s.Sector, Districts[s.District], 100 + i, s.Places, s.Fullness, s.Cost));
        }

        entries.AddRange(
        [
            new((urn++).ToString(CultureInfo.InvariantCulture), "Beacon Hill Independent School", SettingPhase.AllThrough, 5, 19, ProvisionKind.Independent, S.IndependentAutism, SettingStatus.IndependentApprovedS41, true, "SG12 7PL", 51.8205, -0.0188, 40, 36, 68500m),
            new((urn++).ToString(CultureInfo.InvariantCulture), "Redwood Park School", SettingPhase.AllThrough, 7, 19, ProvisionKind.Independent, S.IndependentAutism, SettingStatus.IndependentApprovedS41, false, "LU2 8DL", 51.8905, -0.3955, 36, 30, 74200m),
            new((urn++).ToString(CultureInfo.InvariantCulture), "Oakleigh House School", SettingPhase.Secondary, 11, 18, ProvisionKind.Independent, S.IndependentSemh, SettingStatus.IndependentApprovedS41, false, "MK17 9EQ", 52.0105, -0.7320, 30, 27, 82300m),
            new((urn++).ToString(CultureInfo.InvariantCulture), "Swallowdale College", SettingPhase.Secondary, 11, 19, ProvisionKind.Independent, S.IndependentSemh, SettingStatus.OtherIndependent, false, "CM20 2QP", 51.7712, 0.1105, 24, 20, 91000m),
            new((urn++).ToString(CultureInfo.InvariantCulture), "Windmill Hill Independent School", SettingPhase.AllThrough, 8, 18, ProvisionKind.Independent, S.IndependentSemh, SettingStatus.IndependentApprovedS41, true, "WD7 8JB", 51.6850, -0.3105, 32, 32, 78900m),
            new((urn++).ToString(CultureInfo.InvariantCulture), "Primrose School for Multi-Sensory Impairment", SettingPhase.AllThrough, 2, 19, ProvisionKind.NonMaintainedSpecial, S.NonMaintainedSensory, SettingStatus.NonMaintainedSpecial, false, "N12 0DR", 51.6150, -0.1765, 30, 25, 96500m),
        ]);

        // Added after the rest, so that every other setting keeps its URN.
        entries.Add(Local("Ashgrove Nursery School", SettingPhase.Nursery, 2, 5, ProvisionKind.Mainstream, S.Mainstream, Districts[0], 99, 78, 0.9, 6100m));
        return entries.ToArray();
    }

    /// <summary>The status of a local setting: a nursery school, a college, an academy by its name, otherwise a maintained school.</summary>
    private static SettingStatus StatusOf(string name, SettingPhase phase, ProvisionKind kind) => (phase, kind) switch
    {
        (SettingPhase.Nursery, _) => SettingStatus.MaintainedNursery,
        (_, ProvisionKind.FurtherEducationCollege) => SettingStatus.FurtherEducation,
        _ when name.Contains("Academy", StringComparison.Ordinal) => SettingStatus.Academy,
        _ => SettingStatus.MaintainedSchool,
    };

    /// <summary>A spread of positions around a district's centre that is the same on every run.</summary>
    private static double Offset(int index, double scale) => Math.Sin((index + 1) * 12.9898) * scale;

    private static string PostcodeIn(District district, int index)
    {
        const string Letters = "ABDEFGHJLNPQRSTUWXYZ";
        var sector = 1 + (index % 9);
        return string.Create(CultureInfo.InvariantCulture, $"{district.Code} {sector}{Letters[(index * 7) % Letters.Length]}{Letters[(index * 13 + 5) % Letters.Length]}");
    }
}
