using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Testing.Builders;

/// <summary>Valid panel-workflow requests, to change only in the ways a test cares about.</summary>
public static class Panel
{
    /// <summary>Wednesday 2 December 2026: with the default 4 working days, its evidence cut-off is 17:00 on Thursday 26 November.</summary>
    public static readonly DateOnly MeetingDate = new(2026, 12, 2);

    public static readonly DateTimeOffset CutOff = new(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset MeetingDay = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly Persona[] Members = [Personas.PanelEducation, Personas.PanelHealth, Personas.PanelSocialCare, Personas.PanelPsychologist];

    public static ScheduleMeeting.Command Meeting(DateOnly? date = null) => new(
        "North locality panel",
        date ?? MeetingDate,
        "Council offices, Room 2",
        Personas.PanelChair.Id,
        Members.Select(m => m.Id).ToList());

    public static AddEvidence.Command Evidence(Guid caseId, FileUpload? file = null) => new(
        caseId,
        file ?? Files.Pdf(),
        EvidenceKind.AgencyAdvice,
        Agency.EducationalPsychology,
        "Dr Helen Morgan, educational psychologist",
        TestClock.Today.AddDays(-3),
        "Needs a small, calm setting with specialist communication support; cognition within the average range.",
        null);

    public static RecordCaseView.Command ChildsVoice(Guid caseId) => new(
        caseId,
        Voice.Child,
        "Ffion",
        TestClock.Today.AddDays(-2),
        "Talking with her teaching assistant, using picture cards",
        "Having a quiet place to go when it is noisy; her friend Cerys; drawing.",
        "To be a vet.",
        "Being told what is happening next, with pictures.");

    public static RecordCaseView.Command FamilyViews(Guid caseId) => new(
        caseId,
        Voice.Family,
        "Sian Llewelyn-Jones, mother",
        TestClock.Today.AddDays(-4),
        "Home visit with the SEND officer",
        "That Ffion is safe and understood, and can stay near her grandparents.",
        "That she can go to college locally.",
        "Small groups and a consistent adult.");

    public static RequestAdvice.Command Advice(Guid caseId, Agency agency = Agency.Health) =>
        new(caseId, agency, null, "Community paediatrics, Lister Hospital", TestClock.Today.AddDays(-7));

    public static RecordDecision.GroundFindingInput Ground(Section39Ground ground, bool applies, Guid evidence, string? reasons = null) => new(
        ground,
        applies,
        reasons ?? (applies ? $"The panel finds that the setting is {PlacementPreferenceTest.Describe(ground)}, on the EP's advice." : "Nothing in the evidence suggests this."),
        applies ? [evidence] : [],
        ground == Section39Ground.IncompatibleWithEfficientUseOfResources
            ? new RecordDecision.CostComparisonInput(
                6_500_000,
                2_300_000,
                "A place at Woodlands Academy SRP, 2 miles from home",
                applies ? "The independent place costs almost three times as much, for no benefit the SRP cannot give; that is disproportionate to the family's preference." : null)
            : null);

    /// <summary>
    /// Each ground considered, suitability first, with the given ones applying, for a maintained school: the status the
    /// default catalogue gives the builders' preferences, and the one recorded where the catalogue does not hold them.
    /// </summary>
    public static RecordDecision.PreferenceTestInput Section39Test(int rank, Guid evidence, params Section39Ground[] applying) => new(
        rank,
        Enum.GetValues<Section39Ground>().Select(g => Ground(g, applying.Contains(g), evidence)).ToList(),
        null,
        SettingStatus.MaintainedSchool);

    /// <summary>The s.9 test of an independent setting not approved under s.41, refused on public expenditure.</summary>
    public static RecordDecision.PreferenceTestInput Section9Test(int rank, Guid evidence, SettingStatus? status = SettingStatus.OtherIndependent) => new(
        rank,
        null,
        new RecordDecision.Section9Input(
            true,
            false,
            9_100_000,
            2_300_000,
            "The independent school could teach the child well, but a place costs four times a place at the SRP that meets the same needs: unreasonable public expenditure.",
            [evidence]),
        status);

    public static RecordDecision.Command AgreeFirstPreference(Guid panelId, Guid caseId, Guid evidence) => new(
        panelId,
        caseId,
        null,
        DecisionOutcome.AgreeFamilyPreference,
        "Brookside can meet the child's needs, as the EP advises; none of the grounds in s.39(4) applies, so the family's preference is named.",
        1,
        null,
        null,
        [],
        [Section39Test(1, evidence)],
        null,
        null,
        null);

    public static RecordDecision.Command NameAnotherSetting(Guid panelId, Guid caseId, Guid evidence) => new(
        panelId,
        caseId,
        null,
        DecisionOutcome.NameAnotherSetting,
        "Naming Brookside would be incompatible with the efficient use of resources; Woodlands Academy SRP can meet the child's needs locally.",
        null,
        new RecordDecision.NamedSettingInput("Woodlands Academy SRP", "145882", ProvisionKind.SpecialistResourceProvision),
        null,
        [],
        [Section39Test(1, evidence, Section39Ground.IncompatibleWithEfficientUseOfResources)],
        new RecordDecision.MainstreamPresumptionInput(false, false, null, false, "The SRP is on a mainstream site, so the plan provides for mainstream education."),
        null,
        null);

    public static RecordDecision.Command Defer(Guid panelId, Guid caseId) => new(
        panelId,
        caseId,
        null,
        DecisionOutcome.DeferForEvidence,
        "The panel cannot decide without the health advice on the child's seizures.",
        null,
        null,
        null,
        ["Health advice from community paediatrics on seizure management"],
        [],
        null,
        null,
        null);
}
