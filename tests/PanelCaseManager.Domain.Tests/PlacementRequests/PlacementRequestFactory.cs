using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.PlacementRequests;

/// <summary>Valid domain objects for rule tests, with the one thing under test varied.</summary>
internal static class PlacementRequestFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    public static readonly UserId Officer = new("send-officer");
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static Child Child(DateOnly? dateOfBirth = null) =>
        Domain.Children.Child.Register("Leo", "Bennett", dateOfBirth ?? new DateOnly(2016, 5, 1), null, null, null, Today, 25);

    public static UserAccount OfficerAccount(Role role = Role.SendOfficer) =>
        UserAccount.Create(Officer, "Amira Khan", "amira@example.gov.uk", role, "North", null);

    public static Preference Named(int rank, string name, string? urn = null) => new(rank, PreferenceKind.NamedSetting, name, urn, null, "Close to home.");

    public static Preference OfType(int rank, ProvisionKind kind) => new(rank, PreferenceKind.TypeOfProvision, null, null, kind, "Small classes.");

    public static PlacementRequest Submit(
        IEnumerable<Preference>? preferences = null,
        IEnumerable<RankedNeed>? needs = null,
        DateOnly? receivedDate = null,
        UserAccount? officer = null,
        int maximumPreferences = 3) =>
        PlacementRequest.Submit(
            CaseReference.Create(2026, 1),
            Child(),
            RequestType.NewPlan,
            receivedDate ?? Today.AddDays(-5),
            preferences ?? [Named(1, "Brookside Special School")],
            needs ?? [new RankedNeed(1, "ASD")],
            new NeedsProfile(3, 1, 2, 0),
            officer ?? OfficerAccount(),
            new PlacementRequestRules(MaximumPreferences: maximumPreferences),
            Officer,
            Now);

    /// <summary>A request walked along the usual path until it reaches <paramref name="stage"/>.</summary>
    public static PlacementRequest At(Stage stage)
    {
        var request = Submit();
        void Go(params Action[] steps)
        {
            foreach (var step in steps)
            {
                step();
            }
        }

        switch (stage)
        {
            case Stage.Received:
                break;
            case Stage.Evidence:
                Go(() => request.StartEvidence(Officer, Now));
                break;
            case Stage.ReadyForPanel:
                Go(() => request.StartEvidence(Officer, Now), () => request.MarkReadyForPanel(Officer, Now));
                break;
            case Stage.Decided:
                Go(() => request.StartEvidence(Officer, Now), () => request.MarkReadyForPanel(Officer, Now), () => request.RecordDecision(Officer, Now));
                break;
            case Stage.LetterIssued:
                Go(() => request.StartEvidence(Officer, Now), () => request.MarkReadyForPanel(Officer, Now), () => request.RecordDecision(Officer, Now),
                    () => request.RecordLetterIssued(Officer, Now));
                break;
            case Stage.Closed:
                Go(() => request.StartEvidence(Officer, Now), () => request.MarkReadyForPanel(Officer, Now), () => request.RecordDecision(Officer, Now),
                    () => request.RecordLetterIssued(Officer, Now), () => request.Close("Placement named and plan finalised.", Officer, Now));
                break;
            case Stage.Withdrawn:
                Go(() => request.Withdraw("Family moved away.", Officer, Now));
                break;
            case Stage.Reconsideration:
                Go(() => request.StartEvidence(Officer, Now), () => request.MarkReadyForPanel(Officer, Now), () => request.RecordDecision(Officer, Now),
                    () => request.RecordLetterIssued(Officer, Now), () => request.Reconsider(ReconsiderationTrigger.Mediation, Today, "Mediation agreed to look again.", Officer, Now));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, null);
        }

        request.ClearDomainEvents();
        return request;
    }

    public static void Apply(PlacementRequest request, StageTransition transition)
    {
        const string Reason = "Recorded for the test.";
        switch (transition)
        {
            case StageTransition.StartEvidence: request.StartEvidence(Officer, Now); break;
            case StageTransition.MarkReadyForPanel: request.MarkReadyForPanel(Officer, Now); break;
            case StageTransition.ReturnToEvidence: request.ReturnToEvidence(Reason, Officer, Now); break;
            case StageTransition.DeferForEvidence: request.DeferForEvidence("EP advice.", Officer, Now); break;
            case StageTransition.RecordDecision: request.RecordDecision(Officer, Now); break;
            case StageTransition.IssueLetter: request.RecordLetterIssued(Officer, Now); break;
            case StageTransition.Close: request.Close(Reason, Officer, Now); break;
            case StageTransition.Withdraw: request.Withdraw(Reason, Officer, Now); break;
            case StageTransition.Reconsider: request.Reconsider(ReconsiderationTrigger.NewEvidence, Today, Reason, Officer, Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(transition), transition, null);
        }
    }
}
