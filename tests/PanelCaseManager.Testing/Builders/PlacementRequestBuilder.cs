using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;

namespace PanelCaseManager.Testing.Builders;

/// <summary>A valid placement request for a new child, to change only in the ways a test cares about.</summary>
public static partial class A
{
    public static SubmitPlacementRequest.Command PlacementRequest() => new(
        ChildId: null,
        Child: Child(),
        Type: RequestType.NewPlan,
        ReceivedDate: TestClock.Today.AddDays(-10),
        Preferences:
        [
            new SubmitPlacementRequest.PreferenceInput(1, PreferenceKind.NamedSetting, "Brookside Special School", "117660", null, "Small classes, close to home."),
            new SubmitPlacementRequest.PreferenceInput(2, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.SpecialistResourceProvision, "Time in mainstream lessons."),
        ],
        PrimaryNeed: "ASD",
        SecondaryNeed: "SLCN",
        NeedLevels: new SubmitPlacementRequest.NeedLevelsInput(3, 2, 1, 0),
        AssignedOfficerId: Personas.SendOfficer.Id);

    public static SubmitPlacementRequest.ChildDetails Child() => new(
        GivenName: "Ffion",
        FamilyName: "Llewelyn-Jones",
        DateOfBirth: new DateOnly(2016, 3, 14),
        Upn: null,
        Postcode: "SG1 2AB",
        Latitude: 51.905,
        Longitude: -0.196,
        CurrentSetting: "Oakfield Primary School");
}
