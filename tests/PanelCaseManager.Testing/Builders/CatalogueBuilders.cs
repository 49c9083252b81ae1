using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Testing.Builders;

/// <summary>Valid settings and sector profiles for the provision catalogue, to change only where a test cares.</summary>
public static class Catalogue
{
    public const string CommunicationAndAutism = "communication-and-autism";

    /// <summary>A complete Communication and Autism profile: serves ASD and SLCN; communication 3–4, learning 0–3, SEMH 0–2, sensory 0–2.</summary>
    public static SectorProfileInput ProfileContent(string name = "Special school: Communication and Autism") => new(
        Name: name,
        ServedNeeds: ["ASD", "SLCN"],
        Areas:
        [
            new AreaRangeInput(BroadAreaOfNeed.CommunicationAndInteraction, 3, 4),
            new AreaRangeInput(BroadAreaOfNeed.CognitionAndLearning, 0, 3),
            new AreaRangeInput(BroadAreaOfNeed.SocialEmotionalAndMentalHealth, 0, 2),
            new AreaRangeInput(BroadAreaOfNeed.SensoryAndPhysical, 0, 2),
        ],
        CoOccurringNeeds: ["SLCN", "MLD"],
        MaximumClassSize: 8,
        StaffingRatio: "About one adult to three pupils",
        Curriculum: "The national curriculum, adapted, with speech and language therapy.",
        TimeInMainstream: "Most of the week in the special school.",
        Description: "A special school for autistic children, with small classes and a calm, predictable day.");

    public static CreateSectorProfile.Command SectorProfile(string code = CommunicationAndAutism, ProvisionKind kind = ProvisionKind.SpecialSchool, SectorProfileInput? content = null) =>
        new(code, kind, content ?? ProfileContent());

    /// <summary>Larkspur, an all-through Communication and Autism school near Stevenage with places free.</summary>
    public static AddSetting.Command Setting(string urn = "117701", string name = "Larkspur Communication and Autism School", string sector = CommunicationAndAutism) => new(
        Urn: urn,
        Name: name,
        Phase: SettingPhase.AllThrough,
        LowestAge: 4,
        HighestAge: 19,
        Kind: ProvisionKind.SpecialSchool,
        Sector: sector,
        S41Approved: false,
        InAuthorityArea: true,
        Postcode: "SG1 3AB",
        Latitude: 51.912,
        Longitude: -0.201,
        CommissionedPlaces: 140,
        PlacesFilled: 131,
        AnnualCost: 33500.50m);
}
