using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Testing;

/// <summary>
/// A case walked to a panel through the same commands people use: submitted, given an EP report, marked ready,
/// put on the agenda of the meeting on <see cref="Panel.MeetingDate"/>; then, as a test needs, the meeting held.
/// </summary>
public sealed class PanelScenario
{
    private readonly ApplicationHarness _app;
    private readonly Dictionary<Guid, Guid> _evidence = [];

    private PanelScenario(ApplicationHarness app) => _app = app;

    public Guid PanelId { get; private set; }

    /// <summary>The first case put on the agenda.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>The EP report added to the first case before the cut-off.</summary>
    public Guid EvidenceId => _evidence[CaseId];

    public Guid EvidenceFor(Guid caseId) => _evidence[caseId];

    /// <summary>A meeting scheduled and one case on its agenda; the clock is still before the cut-off.</summary>
    public static async Task<PanelScenario> CaseOnAgendaAsync(ApplicationHarness app, SubmitPlacementRequest.Command? request = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var scenario = new PanelScenario(app);
        scenario.PanelId = (await app.SendAs(Personas.SendOfficer, Panel.Meeting())).Id;
        scenario.CaseId = await scenario.CaseReadyForPanelAsync(request);
        await scenario.AddToAgendaAsync(scenario.CaseId);
        return scenario;
    }

    /// <summary>The first case as it would be at the meeting: the clock on the meeting day, everyone present, each agency's view given.</summary>
    public static async Task<PanelScenario> ReadyToDecideAsync(ApplicationHarness app, SubmitPlacementRequest.Command? request = null)
    {
        var scenario = await CaseOnAgendaAsync(app, request);
        await scenario.HoldMeetingAsync();
        await scenario.ViewsAsync(scenario.CaseId, Panel.Members);
        return scenario;
    }

    public async Task<Guid> CaseReadyForPanelAsync(SubmitPlacementRequest.Command? request = null)
    {
        var submitted = await _app.SendAs(Personas.SendOfficer, request ?? A.PlacementRequest());
        var started = await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(submitted.Id, StageTransition.StartEvidence, submitted.Version, null, null, null));
        var evidence = await _app.SendAs(Personas.SendOfficer, Panel.Evidence(submitted.Id));
        _evidence[submitted.Id] = evidence.Id;
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(submitted.Id, StageTransition.MarkReadyForPanel, started.Version, null, null, null));
        return submitted.Id;
    }

    public async Task<AddToAgenda.Result> AddToAgendaAsync(Guid caseId, string? lateReason = null) =>
        await _app.SendAs(Personas.SendOfficer, new AddToAgenda.Command(PanelId, caseId, await MeetingVersionAsync(), lateReason));

    public Task<int> MeetingVersionAsync() =>
        _app.Read(db => db.PanelMeetings.Where(m => m.Id == PanelId).Select(m => m.Version).SingleAsync());

    /// <summary>Moves the clock to the meeting day and has the chair record who is present (everyone, unless told).</summary>
    public async Task<RecordAttendance.Result> HoldMeetingAsync(params Persona[] present)
    {
        _app.Clock.SetUtcNow(Panel.MeetingDay);
        var attendees = present.Length == 0 ? [Personas.PanelChair, .. Panel.Members] : present;
        return await _app.SendAs(Personas.PanelChair, new RecordAttendance.Command(PanelId, await MeetingVersionAsync(), attendees.Select(p => p.Id).ToList()));
    }

    public async Task ViewsAsync(Guid caseId, IEnumerable<Persona> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        foreach (var member in members)
        {
            await _app.SendAs(member, new RecordAgencyView.Command(PanelId, caseId, $"The view of {member.DisplayName}'s agency: the evidence supports a specialist place.", DecisionOutcome.AgreeFamilyPreference));
        }
    }

    public Task<RecordDecision.Result> DecideAsync(RecordDecision.Command command, Persona? by = null) =>
        _app.SendAs(by ?? Personas.PanelEducation, command);

    public async Task<SignOffDecision.Result> SignOffAsync(Guid? caseId = null, Persona? by = null)
    {
        var id = caseId ?? CaseId;
        return await _app.SendAs(by ?? Personas.PanelChair, new SignOffDecision.Command(PanelId, id, await DraftVersionAsync(id)));
    }

    /// <summary>The version of the draft decision on the case at this meeting.</summary>
    public async Task<int> DraftVersionAsync(Guid? caseId = null)
    {
        var id = new PlacementRequestId(caseId ?? CaseId);
        var meeting = await _app.Read(db => db.PanelMeetings.SingleAsync(m => m.Id == PanelId));
        var draftId = meeting.AgendaItemFor(id)!.DraftDecisionId ?? throw new InvalidOperationException("There is no draft decision.");
        return await _app.Read(db => db.PanelDecisions.Where(d => d.Id == draftId).Select(d => d.Version).SingleAsync());
    }
}
