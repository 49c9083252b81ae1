using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// A panel meeting held two weeks ago, written through the same commands people use, each at the moment it would
/// have happened: four cases gathered evidence, went on the agenda, had their papers frozen at the cut-off, and were
/// decided — two family preferences agreed on requests for a new plan (one of them Poppy Bennett's, the family
/// persona's younger child), one setting named instead on the resources ground for a change of placement outside a
/// review, one deferred. The next day the three decisions' letters went to the families; a week later the new plans'
/// final plans were issued with their notices, which give the families a real last day to appeal. Then the meetings
/// around today (DemoDataSeeder.Today.cs).
/// </summary>
public sealed partial class DemoDataSeeder
{
    private static readonly Persona[] PanelMembers = [Personas.PanelEducation, Personas.PanelHealth, Personas.PanelSocialCare, Personas.PanelPsychologist];

    private async Task SeedPanelMeetingAsync(CancellationToken cancellationToken)
    {
        if (clock is not DemoClock demoClock)
        {
            LogPanelSkipped(logger);
            return;
        }

        var meetingDate = UkCalendar.Today(clock).AddDays(-14);
        while (meetingDate.DayOfWeek != DayOfWeek.Wednesday)
        {
            meetingDate = meetingDate.AddDays(-1);
        }

        var meetingDay = LondonTime.InstantOf(meetingDate, new TimeOnly(10, 0));
        var cases = new List<DemoPanelCase>
        {
            // Each child's levels of need fit the sector of the setting the panel places them in, so the letters'
            // sector-match explanations read as a real panel's would.
            new("Maya", "Okafor", new DateOnly(2017, 2, 9), "ASD", new(3, 2, 1, 0), "Larkspur Communication and Autism School", DecisionOutcome.AgreeFamilyPreference,
                new(3_350_000, 3_290_000, "A place at Juniper School", null), RequestType.NewPlan),
            new("Theo", "Campbell", new DateOnly(2015, 10, 21), "SEMH", new(2, 2, 4, 0), "Oakleigh House School", DecisionOutcome.NameAnotherSetting,
                new(8_230_000, 3_620_000, "A place at Beechwood SEMH School", null), RequestType.ChangeOfPlacement),
            new("Aisha", "Hussain", new DateOnly(2018, 6, 3), "PD", new(2, 2, 1, 4), "Silverdale School", DecisionOutcome.DeferForEvidence,
                new(4_120_000, 4_120_000, "A place at Copperfield School", null), RequestType.ChangeOfPlacement),

            // The family persona's younger child: her letters are the ones the family reads when they sign in.
            new("Poppy", "Bennett", new DateOnly(2019, 4, 17), "ASD", new(3, 1, 2, 0), "Larkspur Communication and Autism School", DecisionOutcome.AgreeFamilyPreference,
                new(3_350_000, 3_290_000, "A place at Juniper School", null), RequestType.NewPlan)
            {
                Contact = Personas.Family,
            },
        };

        var gathering = meetingDay.AddDays(-42);
        using (demoClock.Pretend(gathering))
        {
            foreach (var demo in cases)
            {
                await GatherEvidenceAsync(demo, UkCalendar.DateOf(gathering), cancellationToken);
            }
        }

        // Linked before the letters go, so the family is notified of them as any family would be.
        await LinkFamilyPersonaToAsync(cases.Single(c => c.Contact == Personas.Family).CaseId, "Mother", cancellationToken);

        ScheduleMeeting.Result meeting;
        using (demoClock.Pretend(meetingDay.AddDays(-21)))
        {
            meeting = await SendAsAsync(
                Personas.SendOfficer,
                new ScheduleMeeting.Command("North locality panel", meetingDate, "County Hall, Committee Room 2", Personas.PanelChair.Id, PanelMembers.Select(m => m.Id).ToList()),
                cancellationToken);
            var version = meeting.Version;
            foreach (var demo in cases)
            {
                version = (await SendAsAsync(Personas.SendOfficer, new AddToAgenda.Command(meeting.Id, demo.CaseId, version, null), cancellationToken)).Version;
            }
        }

        using (demoClock.Pretend(meeting.CutOffAt.AddMinutes(30)))
        {
            await SendAsAsync(Personas.SendOfficer, new FreezePapers.Command(meeting.Id), cancellationToken);
        }

        using (demoClock.Pretend(meetingDay))
        {
            var meetingVersion = await db.PanelMeetings.AsNoTracking().Where(m => m.Id == meeting.Id).Select(m => m.Version).SingleAsync(cancellationToken);
            await SendAsAsync(
                Personas.PanelChair,
                new RecordAttendance.Command(meeting.Id, meetingVersion, [Personas.PanelChair.Id, .. PanelMembers.Select(m => m.Id)]),
                cancellationToken);
            foreach (var demo in cases)
            {
                await DecideAsync(meeting.Id, demo, cancellationToken);
            }
        }

        using (demoClock.Pretend(meetingDay.AddDays(1)))
        {
            foreach (var demo in cases.Where(c => c.Outcome != DecisionOutcome.DeferForEvidence))
            {
                var decisionId = await db.PanelDecisions.AsNoTracking()
                    .Where(d => d.PlacementRequestId == new PlacementRequestId(demo.CaseId))
                    .Select(d => d.Id)
                    .SingleAsync(cancellationToken);
                await SendAsAsync(Personas.SendOfficer, new IssueDecisionLetter.Command(decisionId), cancellationToken);
            }
        }

        var notices = new List<(Guid CaseId, Guid LetterId)>();
        using (demoClock.Pretend(meetingDay.AddDays(8)))
        {
            foreach (var demo in cases.Where(c => c.Type == RequestType.NewPlan))
            {
                // The plan names the preference agreed: the notice sent with it carries the right of appeal.
                var notice = await SendAsAsync(Personas.SendOfficer, new IssueAppealableNotice.Command(demo.CaseId, LetterOutcome.FinalPlanNotice, null, null), cancellationToken);
                notices.Add((demo.CaseId, notice.LetterId));
            }
        }

        // The first family to get a notice contacts the mediation adviser two days later and asks for mediation the next
        // day: the council's 30 days to arrange it run on the worklist (docs/adr/0126).
        if (notices.Count > 0)
        {
            var (caseId, noticeId) = notices[0];
            StartMediation.Result started;
            using (demoClock.Pretend(meetingDay.AddDays(10)))
            {
                started = await SendAsAsync(Personas.SendOfficer, new StartMediation.Command(caseId, noticeId, UkCalendar.DateOf(meetingDay.AddDays(10))), cancellationToken);
            }

            using (demoClock.Pretend(meetingDay.AddDays(11)))
            {
                await SendAsAsync(Personas.SendOfficer, new RecordMediation.Command(caseId, started.Id, started.Version, MediationChoice.Mediate,
                    UkCalendar.DateOf(meetingDay.AddDays(11)), null, null, null), cancellationToken);
            }
        }

        // The family who asked for mediation also appeals about the school named only (no certificate needed): the appeal is
        // in progress, its hearing set. The family persona's appeal about Poppy's school is conceded: the council must name
        // the school within 2 weeks of telling the tribunal (reg 45), an order being complied with on the worklist and on
        // the family's What happens next (docs/adr/0127).
        if (notices.Count > 1)
        {
            var registered = UkCalendar.DateOf(meetingDay.AddDays(9));
            RegisterAppeal.Result conceded;
            using (demoClock.Pretend(meetingDay.AddDays(9)))
            {
                await SendAsAsync(Personas.SendOfficer, new RegisterAppeal.Command(notices[0].CaseId, notices[0].LetterId, AppealSubject.NamedSchoolOrTypeOnly, registered,
                    registered.AddDays(30), registered.AddDays(50), registered.AddDays(90)), cancellationToken);
                conceded = await SendAsAsync(Personas.SendOfficer, new RegisterAppeal.Command(notices[^1].CaseId, notices[^1].LetterId, AppealSubject.NamedSchoolOrTypeOnly,
                    registered, registered.AddDays(30), null, registered.AddDays(90)), cancellationToken);
            }

            using (demoClock.Pretend(meetingDay.AddDays(12)))
            {
                var told = UkCalendar.DateOf(meetingDay.AddDays(12));
                var recorded = await SendAsAsync(Personas.SendOfficer, new RecordAppeal.Command(notices[^1].CaseId, conceded.Id, conceded.Version, registered.AddDays(30), null,
                    registered.AddDays(90), AppealPosition.Concedes, told, null, null), cancellationToken);
                await SendAsAsync(Personas.SendOfficer, new AddTribunalOrder.Command(notices[^1].CaseId, conceded.Id, recorded.Version, TribunalOrderKind.NameSchoolOrType, told),
                    cancellationToken);
            }
        }

        LogPanelSeeded(logger, meetingDate, cases.Count);

        await SeedMeetingsAroundTodayAsync(demoClock, cancellationToken);
    }

    private async Task GatherEvidenceAsync(DemoPanelCase demo, DateOnly today, CancellationToken cancellationToken)
    {
        var urn = await db.Settings.AsNoTracking().Where(setting => setting.Name == demo.PreferredSetting).Select(setting => setting.Urn).SingleAsync(cancellationToken);
        var submitted = await SendAsAsync(
            Personas.SendOfficer,
            new SubmitPlacementRequest.Command(
                null,
                new SubmitPlacementRequest.ChildDetails(demo.GivenName, demo.FamilyName, demo.DateOfBirth, null, "SG1 3QE", 51.905, -0.196, "Oakfield Primary School"),
                demo.Type,
                today.AddDays(-5),
                [new SubmitPlacementRequest.PreferenceInput(1, PreferenceKind.NamedSetting, demo.PreferredSetting, urn.Value, null, FamilyReasons[1])],
                demo.PrimaryNeed,
                null,
                demo.NeedLevels,
                Personas.SendOfficer.Id),
            cancellationToken);
        demo.CaseId = submitted.Id;
        await SendAsAsync(
            Personas.SendOfficer,
            new RecordFamilyContact.Command(submitted.Id, null, demo.Contact?.DisplayName ?? $"Alex {demo.FamilyName}", ContactRole.ParentOrCarer, null,
                ["4 Orchard Way", "Stevenage"], "SG1 3QE", demo.Contact?.Email),
            cancellationToken);
        var started = await SendAsAsync(Personas.SendOfficer, new MoveStage.Command(submitted.Id, StageTransition.StartEvidence, submitted.Version, null, null, null), cancellationToken);
        if (demo.Type == RequestType.NewPlan)
        {
            // A new plan's path: the decision to assess, then the draft plan served, on which the family asked for the school.
            await SendAsAsync(Personas.SendOfficer, new RecordClockEvent.Command(submitted.Id, ClockEventKind.DecidedToAssess, today, null), cancellationToken);
            await SendAsAsync(Personas.SendOfficer, new RecordClockEvent.Command(submitted.Id, ClockEventKind.DraftPlanServed, today, null), cancellationToken);
        }

        var report = Encoding.ASCII.GetBytes(
            $"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Educational psychologist's advice for {demo.GivenName}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var evidence = await SendAsAsync(
            Personas.SendOfficer,
            new AddEvidence.Command(
                submitted.Id,
                new FileUpload($"ep-advice-{demo.FamilyName.ToLowerInvariant()}.pdf", report.Length, report),
                EvidenceKind.AgencyAdvice,
                Agency.EducationalPsychology,
                "Dr Helen Morgan, educational psychologist",
                today,
                "Needs a calm setting with small classes and specialist support; makes good progress with a consistent adult.",
                null),
            cancellationToken);
        demo.EvidenceId = evidence.Id;
        await SendAsAsync(
            Personas.SendOfficer,
            new RecordCaseView.Command(submitted.Id, Voice.Child, demo.GivenName, today, "Talking with their teaching assistant, using pictures",
                "Somewhere quiet to go when it gets loud; friends who understand me.", null, null),
            cancellationToken);
        await SendAsAsync(Personas.SendOfficer, new MoveStage.Command(submitted.Id, StageTransition.MarkReadyForPanel, started.Version, null, null, null), cancellationToken);
    }

    private async Task DecideAsync(Guid panelId, DemoPanelCase demo, CancellationToken cancellationToken)
    {
        foreach (var member in PanelMembers)
        {
            await SendAsAsync(
                member,
                new RecordAgencyView.Command(panelId, demo.CaseId, $"From {member.Agency!.Value.Describe()}: the evidence supports a specialist place.", demo.Outcome),
                cancellationToken);
        }

        await SendAsAsync(Personas.PanelEducation, DecisionFor(panelId, demo), cancellationToken);
        await SendAsAsync(Personas.PanelChair, new SignOffDecision.Command(panelId, demo.CaseId, 0), cancellationToken);
    }

    private static RecordDecision.Command DecisionFor(Guid panelId, DemoPanelCase demo)
    {
        RecordDecision.GroundFindingInput Ground(Section39Ground ground, bool applies) => new(
            ground,
            applies,
            applies ? "The extra cost is disproportionate: a local place meets the child's needs as well." : "Nothing in the evidence suggests this ground applies.",
            applies ? [demo.EvidenceId] : [],
            ground == Section39Ground.IncompatibleWithEfficientUseOfResources
                ? demo.Costs with { ProportionalityReasoning = applies ? "More than twice the cost, for no benefit Beechwood cannot give." : null }
                : null);
        // The preferred settings are in the catalogue, whose status decides the test: each is covered by s.39.
        RecordDecision.PreferenceTestInput Test(bool resourcesApply) => new(
            1, Enum.GetValues<Section39Ground>().Select(g => Ground(g, resourcesApply && g == Section39Ground.IncompatibleWithEfficientUseOfResources)).ToList(), null);

        return demo.Outcome switch
        {
            DecisionOutcome.AgreeFamilyPreference => new RecordDecision.Command(panelId, demo.CaseId, null, demo.Outcome,
                $"{demo.PreferredSetting} can meet the child's needs and none of the grounds in s.39(4) applies.", 1, null, null, [], [Test(false)], null, null, null),
            DecisionOutcome.NameAnotherSetting => new RecordDecision.Command(panelId, demo.CaseId, null, demo.Outcome,
                "Naming Oakleigh House School would be incompatible with the efficient use of resources; Beechwood SEMH School, a maintained special school in the area, can meet the child's needs.",
                null, new RecordDecision.NamedSettingInput("Beechwood SEMH School", "117690", ProvisionKind.SpecialSchool), null, [], [Test(true)],
                new RecordDecision.MainstreamPresumptionInput(true, false, null, false, "The family asks for a specialist school, not a mainstream one, and the advice supports a specialist place."),
                null, null, DecidedAtReview: false),
            _ => new RecordDecision.Command(panelId, demo.CaseId, null, demo.Outcome,
                "The panel needs the physiotherapist's advice on access and equipment before it can decide.", null, null, null,
                ["Physiotherapy advice on access and equipment"], [], null, null, null),
        };
    }

    /// <summary>Sends the command as the persona, in a scope of its own, as a web request would.</summary>
    private async Task<TResult> SendAsAsync<TResult>(Persona persona, ICommand<TResult> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sender = await ActAsAsync(scope, persona.Id, cancellationToken);
        return await sender.Send(command, cancellationToken);
    }

    private sealed class DemoPanelCase(
        string givenName,
        string familyName,
        DateOnly dateOfBirth,
        string primaryNeed,
        SubmitPlacementRequest.NeedLevelsInput needLevels,
        string preferredSetting,
        DecisionOutcome outcome,
        RecordDecision.CostComparisonInput costs,
        RequestType type)
    {
        public RequestType Type { get; } = type;
        public string GivenName { get; } = givenName;
        public string FamilyName { get; } = familyName;
        public DateOnly DateOfBirth { get; } = dateOfBirth;
        public string PrimaryNeed { get; } = primaryNeed;
        public SubmitPlacementRequest.NeedLevelsInput NeedLevels { get; } = needLevels;
        public string PreferredSetting { get; } = preferredSetting;
        public RecordDecision.CostComparisonInput Costs { get; } = costs;
        public DecisionOutcome Outcome { get; } = outcome;
        public Guid CaseId { get; set; }
        public Guid EvidenceId { get; set; }

        /// <summary>The persona the letters are written to, when the child is a persona's; otherwise a made-up parent.</summary>
        public Persona? Contact { get; init; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded a demonstration panel meeting held on {MeetingDate} with {Cases} cases")]
    private static partial void LogPanelSeeded(ILogger logger, DateOnly meetingDate, int cases);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demonstration panel meeting not loaded: the clock cannot be set back to write its history")]
    private static partial void LogPanelSkipped(ILogger logger);
}
