using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Infrastructure.ReferenceData;

/// <summary>
/// The seed county's continuum of provision (domain.md), as sector profiles a council can start from and change:
/// the primary needs (SEN2) each serves, and levels on the 0–4 scale of the needs profile.
/// </summary>
internal static class DefaultSectors
{
    public sealed record Definition(string Code, ProvisionKind Kind, SectorProfileContent Content);

    private const BroadAreaOfNeed CI = BroadAreaOfNeed.CommunicationAndInteraction;
    private const BroadAreaOfNeed CL = BroadAreaOfNeed.CognitionAndLearning;
    private const BroadAreaOfNeed SEMH = BroadAreaOfNeed.SocialEmotionalAndMentalHealth;
    private const BroadAreaOfNeed SP = BroadAreaOfNeed.SensoryAndPhysical;

    public const string Mainstream = "mainstream";
    public const string SrpCommunication = "srp-communication-and-interaction";
    public const string SrpHearing = "srp-hearing-impairment";
    public const string SrpPhysical = "srp-physical-disability";
    public const string SendUnit = "send-unit";
    public const string PrimaryBehaviourService = "primary-behaviour-service";
    public const string EducationSupportCentre = "education-support-centre";
    public const string ComplexCognitionAndLearning = "complex-cognition-and-learning";
    public const string CommunicationAndAutism = "communication-and-autism";
    public const string Semh = "social-emotional-and-mental-health";
    public const string PhysicalAndNeurological = "physical-and-neurological-impairment";
    public const string HearingImpairment = "hearing-impairment";
    public const string IndependentAutism = "independent-communication-and-autism";
    public const string IndependentSemh = "independent-semh";
    public const string NonMaintainedSensory = "non-maintained-sensory";
    public const string FurtherEducation = "further-education";

    /// <summary>Every primary need: provision any child may be placed in, up to the levels its profile states (declared first: it is used below).</summary>
    private static readonly string[] AnyPrimaryNeed = [.. Sen2Catalogue.England2025.All.Select(n => n.Code).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<Definition> All { get; } =
    [
        new(Mainstream, ProvisionKind.Mainstream, Content(
            "Mainstream school with inclusion support",
            AnyPrimaryNeed,
            [(CI, 0, 2), (CL, 0, 2), (SEMH, 0, 2), (SP, 0, 2)],
            ["SPLD", "MLD", "SLCN", "ASD", "SEMH", "HI", "VI", "PD", "DS"],
            30,
            "One teacher to a class of up to 30, with teaching assistants in many classes",
            "The national curriculum, adapted for each child, with nurture or inclusion groups, internal alternative provision and specialist outreach support where needed.",
            "All of the week.",
            "Your child's local school, with support in class and in small groups. Most children with an EHC plan are taught here, and specialist teachers visit to advise the school.")),
        new(SrpCommunication, ProvisionKind.SpecialistResourceProvision, Content(
            "Specialist resource provision: communication and interaction",
            ["ASD", "SLCN"],
            [(CI, 2, 3), (CL, 0, 2), (SEMH, 0, 2), (SP, 0, 2)],
            ["SLCN", "ASD", "MLD", "SEMH"],
            10,
            "About one adult to four pupils in the base",
            "The national curriculum with frequent speech, language and social communication work in the base.",
            "Most of the week in mainstream classes, with time in the base that shrinks as the child grows in confidence.",
            "A specialist base inside a mainstream school for children with speech, language or autism needs. Children belong to a mainstream class and spend more of their time there as they progress.")),
        new(SrpHearing, ProvisionKind.SpecialistResourceProvision, Content(
            "Specialist resource provision: hearing impairment",
            ["HI"],
            [(SP, 2, 4), (CI, 0, 2), (CL, 0, 2), (SEMH, 0, 2)],
            ["HI", "SLCN"],
            8,
            "A teacher of the deaf and communication support workers; about one adult to three pupils in the base",
            "The national curriculum with signed and spoken language support, audiology checks and pre-teaching of vocabulary.",
            "Most lessons in mainstream classes with a communication support worker.",
            "A base for deaf children inside a mainstream school, with a teacher of the deaf and staff who sign.")),
        new(SrpPhysical, ProvisionKind.SpecialistResourceProvision, Content(
            "Specialist resource provision: physical disability",
            ["PD"],
            [(SP, 2, 3), (CL, 0, 2), (CI, 0, 2), (SEMH, 0, 2)],
            ["PD", "VI"],
            10,
            "About one adult to three pupils, with therapy staff visiting weekly",
            "The national curriculum with physiotherapy and occupational therapy programmes built into the day.",
            "Most of the week in mainstream classes.",
            "A fully accessible base in a mainstream school for children with physical disabilities, with therapists who visit every week.")),
        new(SendUnit, ProvisionKind.SendUnit, Content(
            "SEND unit: complex learning needs",
            ["MLD", "SLD", "DS"],
            [(CL, 2, 3), (CI, 0, 2), (SEMH, 0, 2), (SP, 0, 2)],
            ["ASD", "SLCN", "DS", "MLD"],
            12,
            "About one adult to four pupils",
            "A personalised curriculum with a strong focus on English, maths and independence, taught mostly in the unit.",
            "Some lessons and social times with mainstream classes, where that helps the child.",
            "A unit on a mainstream school site for children with complex learning needs, who are taught mostly in the unit and join the wider school for some activities.")),
        new(PrimaryBehaviourService, ProvisionKind.PrimaryBehaviourService, Content(
            "Primary Behaviour Service",
            ["SEMH"],
            [(SEMH, 2, 3), (CI, 0, 2), (CL, 0, 2), (SP, 0, 2)],
            ["ASD", "SLCN", "SPLD"],
            8,
            "About one adult to two pupils",
            "The primary curriculum alongside social and emotional learning, for a short placement (usually two terms).",
            "Part of each week stays at the child's own school, and the aim is a full return there.",
            "Short-term places for primary-age children with social, emotional and mental health needs, working with the child's own school so that they can return to it.")),
        new(EducationSupportCentre, ProvisionKind.EducationSupportCentre, Content(
            "Education Support Centre",
            ["SEMH"],
            [(SEMH, 3, 4), (CI, 0, 2), (CL, 0, 2), (SP, 0, 2)],
            ["ASD", "SLCN", "SPLD", "MLD"],
            8,
            "About one adult to three pupils",
            "GCSEs and vocational courses, with mentoring and therapeutic support.",
            "Little or none while on roll; the aim is a return to school or a move to college.",
            "A centre for secondary-age young people who have been excluded or have significant social, emotional and mental health needs.")),
        new(ComplexCognitionAndLearning, ProvisionKind.SpecialSchool, Content(
            "Special school: Complex Cognition and Learning",
            ["SLD", "PMLD", "DS"],
            [(CL, 3, 4), (CI, 0, 4), (SEMH, 0, 2), (SP, 0, 3)],
            ["ASD", "SLCN", "PD", "VI", "HI", "MSI", "DS", "SEMH"],
            10,
            "About one adult to two or three pupils",
            "A sensory and life-skills curriculum with communication, therapies and personal care built into the day.",
            "Links with mainstream schools for shared activities; most of the week is in the special school.",
            "A special school for children with severe or profound learning difficulties, replacing the former LD and SLD designations.")),
        new(CommunicationAndAutism, ProvisionKind.SpecialSchool, Content(
            "Special school: Communication and Autism",
            ["ASD", "SLCN"],
            [(CI, 3, 4), (CL, 0, 3), (SEMH, 0, 2), (SP, 0, 2)],
            ["SLCN", "MLD", "SEMH", "SPLD"],
            8,
            "About one adult to three pupils",
            "The national curriculum, adapted, with a structured, low-arousal approach, speech and language therapy and help with sensory needs.",
            "Most of the week in the special school.",
            "A special school for autistic children and children with complex communication needs, with small classes and a calm, predictable day.")),
        new(Semh, ProvisionKind.SpecialSchool, Content(
            "Special school: Social, Emotional and Mental Health",
            ["SEMH"],
            [(SEMH, 3, 4), (CI, 0, 2), (CL, 0, 2), (SP, 0, 2)],
            ["ASD", "SLCN", "SPLD", "MLD"],
            8,
            "About one adult to two pupils",
            "The national curriculum and vocational courses with a therapeutic approach; some secondary schools are adapting to admit girls.",
            "Most of the week in the special school.",
            "A special school for children whose social, emotional and mental health needs cannot be met in a mainstream school, even with support.")),
        new(PhysicalAndNeurological, ProvisionKind.SpecialSchool, Content(
            "Special school: Physical and Neurological Impairment",
            ["PD"],
            [(SP, 3, 4), (CL, 0, 4), (CI, 0, 3), (SEMH, 0, 2)],
            ["PD", "VI", "MSI", "HI", "SLD", "PMLD"],
            10,
            "About one adult to two pupils, with nursing and therapy staff on site",
            "The national curriculum or a sensory curriculum, with physiotherapy, hydrotherapy and nursing care.",
            "Most of the week in the special school.",
            "A special school for children with physical or neurological impairments, with nursing and therapy on site.")),
        new(HearingImpairment, ProvisionKind.SpecialSchool, Content(
            "Special school: Hearing Impairment",
            ["HI"],
            [(SP, 3, 4), (CI, 0, 3), (CL, 0, 2), (SEMH, 0, 2)],
            ["HI", "SLCN"],
            8,
            "Teachers of the deaf, with about one adult to three pupils",
            "The national curriculum taught in British Sign Language and spoken English.",
            "Some shared lessons with a partner mainstream school.",
            "A special school for deaf children, where every adult signs.")),
        new(IndependentAutism, ProvisionKind.Independent, Content(
            "Independent specialist: communication and autism with complex needs",
            ["ASD"],
            [(CI, 4, 4), (CL, 0, 3), (SEMH, 2, 4), (SP, 0, 2)],
            ["SLCN", "SEMH", "MLD"],
            6,
            "About one adult to one or two pupils",
            "A personalised curriculum with on-site therapy teams.",
            "None: all of the week in the independent school.",
            "Independent schools for autistic children whose needs are more complex than local special schools are designed for. The council places a child here only where no local sector can meet their needs.")),
        new(IndependentSemh, ProvisionKind.Independent, Content(
            "Independent specialist: social, emotional and mental health",
            ["SEMH"],
            [(SEMH, 4, 4), (CI, 0, 3), (CL, 0, 3), (SP, 0, 2)],
            ["ASD", "SLCN", "SPLD", "MLD"],
            6,
            "About one adult to one or two pupils",
            "A therapeutic curriculum with on-site clinical staff.",
            "None: all of the week in the independent school.",
            "Independent schools for young people with the highest social, emotional and mental health needs. The council places a child here only where no local sector can meet their needs.")),
        new(NonMaintainedSensory, ProvisionKind.NonMaintainedSpecial, Content(
            "Non-maintained special school: multi-sensory impairment",
            ["MSI", "VI"],
            [(SP, 4, 4), (CL, 0, 4), (CI, 0, 4), (SEMH, 0, 2)],
            ["MSI", "VI", "HI", "PD", "PMLD"],
            6,
            "About one adult to one pupil",
            "A sensory curriculum led by specialist teachers of multi-sensory impairment.",
            "None.",
            "National charity-run schools for children with multi-sensory impairment or deafblindness, a need too rare for a county to provide for itself.")),
        new(FurtherEducation, ProvisionKind.FurtherEducationCollege, Content(
            "Further education college with learning support",
            AnyPrimaryNeed,
            [(CL, 0, 3), (CI, 0, 2), (SEMH, 0, 2), (SP, 0, 2)],
            ["MLD", "SPLD", "ASD", "SLCN", "DS", "PD", "HI", "VI"],
            16,
            "Tutors with learning support assistants in many groups",
            "Study programmes from entry level to level 3, supported internships and independent-living skills.",
            "All of the week in college, with support.",
            "Colleges for young people aged 16 to 25, with learning support and courses that lead to work or further study.")),
    ];

    private static SectorProfileContent Content(
        string name,
        string[] servedNeeds,
        (BroadAreaOfNeed Area, int Minimum, int Maximum)[] ranges,
        string[] coOccurring,
        int maximumClassSize,
        string staffing,
        string curriculum,
        string timeInMainstream,
        string description) =>
        new(name, servedNeeds, ranges.Select(r => new AreaRange(r.Area, new LevelRange(r.Minimum, r.Maximum))), coOccurring, maximumClassSize, staffing, curriculum, timeInMainstream, description);
}
