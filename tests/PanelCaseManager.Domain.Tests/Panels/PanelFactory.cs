using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Tests.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Panels;

/// <summary>A meeting, its members and a case on its agenda, built straight from the domain.</summary>
internal static class PanelFactory
{
    public static readonly DateTimeOffset Now = PlacementRequestFactory.Now;
    public static readonly DateOnly MeetingDate = new(2026, 12, 2);
    public static readonly DateTimeOffset CutOff = new(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset MeetingDay = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly UserId Officer = PlacementRequestFactory.Officer;
    public static readonly Guid Evidence = Guid.NewGuid();

    public static readonly UserAccount Chair = UserAccount.Create(new UserId("panel-chair"), "Claire Whitaker", "c@example.gov.uk", Role.PanelChair, null, Agency.Education);
    public static readonly UserAccount OtherChair = UserAccount.Create(new UserId("panel-chair-south"), "Martin Osborne", "m@example.gov.uk", Role.PanelChair, null, Agency.Education);
    public static readonly UserAccount EducationMember = Member("panel-education", Agency.Education);
    public static readonly UserAccount HealthMember = Member("panel-health", Agency.Health);
    public static readonly UserAccount SocialCareMember = Member("panel-social-care", Agency.SocialCare);
    public static readonly UserAccount Psychologist = Member("panel-ep", Agency.EducationalPsychology);
    public static readonly UserAccount[] Members = [EducationMember, HealthMember, SocialCareMember, Psychologist];

    public static QuorumRule DefaultQuorum => new([Agency.Education, Agency.Health, Agency.SocialCare, Agency.EducationalPsychology], 4);

    public static TermsOfReference Terms(QuorumRule? quorum = null) =>
        TermsOfReference.Adopt(null, PlacementRequestFactory.Today, "To decide placements.", "The chair signs off.", quorum ?? DefaultQuorum, 4, new TimeOnly(17, 0), true, Officer, Now);

    public static PanelMeeting Meeting(IEnumerable<UserAccount>? members = null, TermsOfReference? terms = null) =>
        PanelMeeting.Schedule("North locality panel", MeetingDate, null, Chair, members ?? Members, terms ?? Terms(), CutOff, Officer, Now);

    /// <summary>A meeting under way: the case on its agenda, everyone present.</summary>
    public static (PanelMeeting Meeting, PlacementRequest Case) AtTheMeeting(params UserAccount[] present)
    {
        var meeting = Meeting();
        var placementRequest = PlacementRequestFactory.At(Stage.ReadyForPanel);
        meeting.AddToAgenda(placementRequest, null, Officer, Now);
        var attendees = present.Length == 0 ? [Chair, .. Members] : present;
        meeting.RecordAttendance(attendees.Select(a => a.Id), Chair.Id, MeetingDay);
        return (meeting, placementRequest);
    }

    public static CasePack Pack(PanelMeeting meeting, PlacementRequest placementRequest) =>
        CasePack.Freeze(meeting, placementRequest.Id, 1, """{"schema":"panel-case-pack","schemaVersion":1}""", FreezeTrigger.PanelBegan, Officer, MeetingDay);

    public static List<AgencyViewSnapshot> Views(PanelMeeting meeting, PlacementRequest placementRequest, IEnumerable<UserAccount>? from = null) =>
        (from ?? Members).Select(m => AgencyView.Record(meeting, placementRequest.Id, m.Id, "Supports a specialist place.", null, MeetingDay).ToSnapshot()).ToList();

    public static DecisionSetting Setting(PanelMeeting meeting, PlacementRequest placementRequest) =>
        new(meeting, placementRequest, Pack(meeting, placementRequest), new HashSet<Guid> { Evidence }, Views(meeting, placementRequest));

    public static PlacementPreferenceTest Test(int rank, Section39Ground? applying = null) => new(
        rank,
        NamingDuty.Section39,
        Enum.GetValues<Section39Ground>().Select(g => new GroundFinding(
                g,
                g == applying,
                "Considered on the EP's advice.",
                g == applying ? [Evidence] : [],
                g == Section39Ground.IncompatibleWithEfficientUseOfResources
                    ? new CostComparison(6_500_000, 2_300_000, "The SRP", g == applying ? "Disproportionate." : null)
                    : null))
            .ToList(),
        null);

    public static DecisionContent Agree() =>
        new(DecisionOutcome.AgreeFamilyPreference, "None of the grounds applies.", 1, null, null, [], [Test(1)], null);

    public static DecisionContent NameAnother() => new(
        DecisionOutcome.NameAnotherSetting,
        "Incompatible with the efficient use of resources; the SRP meets need.",
        null,
        new NamedSetting("Woodlands Academy SRP", "145882", ProvisionKind.SpecialistResourceProvision),
        null,
        [],
        [Test(1, Section39Ground.IncompatibleWithEfficientUseOfResources)],
        new MainstreamPresumption(false, false, null, false, "The SRP is on a mainstream site."));

    public static DecisionContent Defer() =>
        new(DecisionOutcome.DeferForEvidence, "Health advice is needed.", null, null, null, ["Health advice"], [], null);

    private static UserAccount Member(string id, Agency agency) => UserAccount.Create(new UserId(id), id, $"{id}@example.gov.uk", Role.PanelMember, null, agency);
}
