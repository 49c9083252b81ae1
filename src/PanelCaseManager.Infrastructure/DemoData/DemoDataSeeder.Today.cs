using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// The meetings around the day the app is first run, so that every journey can be tried that day:
/// <list type="bullet">
/// <item>a meeting today, its papers frozen at the cut-off and attendance recorded by the chair: one case with its
/// decision recorded and awaiting the chair's sign-off, one still to be decided;</item>
/// <item>a meeting in two working days whose evidence cut-off has passed, with two of the North team's cases ready for
/// panel on its agenda: its papers are the officer's to freeze;</item>
/// <item>a meeting in four weeks with an empty agenda, for cases to be added to.</item>
/// </list>
/// </summary>
public sealed partial class DemoDataSeeder
{
    private async Task SeedMeetingsAroundTodayAsync(DemoClock demoClock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = UkCalendar.Today(clock);
        var members = PanelMembers.Select(m => m.Id).ToList();

        // Today's meeting: two cases gathered evidence a month ago and went on its agenda before the cut-off.
        var cases = new List<DemoPanelCase>
        {
            new("Jacob", "Mensah", new DateOnly(2016, 9, 12), "ASD", new(4, 2, 2, 0), "Larkspur Communication and Autism School", DecisionOutcome.AgreeFamilyPreference,
                new(3_350_000, 3_290_000, "A place at Juniper School", null), RequestType.NewPlan),
            new("Evie", "Walker", new DateOnly(2017, 1, 30), "SEMH", new(2, 1, 4, 0), "Beechwood SEMH School", DecisionOutcome.AgreeFamilyPreference,
                new(3_620_000, 3_620_000, "A place at Oakleigh House School", null), RequestType.ChangeOfPlacement),
        };
        var gathering = now.AddDays(-30);
        using (demoClock.Pretend(gathering))
        {
            foreach (var demo in cases)
            {
                await GatherEvidenceAsync(demo, UkCalendar.DateOf(gathering), cancellationToken);
            }
        }

        ScheduleMeeting.Result meeting;
        using (demoClock.Pretend(now.AddDays(-21)))
        {
            meeting = await SendAsAsync(Personas.SendOfficer,
                new ScheduleMeeting.Command("North locality panel", today, "County Hall, Committee Room 1", Personas.PanelChair.Id, members), cancellationToken);
            var version = meeting.Version;
            foreach (var demo in cases)
            {
                version = (await SendAsAsync(Personas.SendOfficer, new AddToAgenda.Command(meeting.Id, demo.CaseId, version, null), cancellationToken)).Version;
            }
        }

        if (meeting.CutOffAt < now)
        {
            using (demoClock.Pretend(meeting.CutOffAt.AddMinutes(30)))
            {
                await SendAsAsync(Personas.SendOfficer, new FreezePapers.Command(meeting.Id), cancellationToken);
            }

            // At the meeting (now): attendance, each agency's view, and the first case's decision recorded for the chair to sign off.
            var meetingVersion = await db.PanelMeetings.AsNoTracking().Where(m => m.Id == meeting.Id).Select(m => m.Version).SingleAsync(cancellationToken);
            await SendAsAsync(Personas.PanelChair, new RecordAttendance.Command(meeting.Id, meetingVersion, [Personas.PanelChair.Id, .. members]), cancellationToken);
            foreach (var member in PanelMembers)
            {
                await SendAsAsync(member,
                    new RecordAgencyView.Command(meeting.Id, cases[0].CaseId, $"From {member.Agency!.Value.Describe()}: the evidence supports a specialist place.", cases[0].Outcome),
                    cancellationToken);
            }

            await SendAsAsync(Personas.PanelEducation, DecisionFor(meeting.Id, cases[0]), cancellationToken);
        }

        // In two working days: two of the North team's cases ready for panel, added before its cut-off (a week ago).
        var soon = today;
        for (var workingDays = 0; workingDays < 2;)
        {
            soon = soon.AddDays(1);
            workingDays += soon.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        var taken = cases.Select(c => new PlacementRequestId(c.CaseId)).ToList();
        var ready = await db.PlacementRequests.AsNoTracking()
            .Where(p => p.Stage == Stage.ReadyForPanel && p.AssignedOfficerId == new UserId(Personas.SendOfficer.Id) && !taken.Contains(p.Id))
            .OrderBy(p => p.ReceivedDate).Select(p => p.Id).Take(2).ToListAsync(cancellationToken);
        var onAgenda = await db.PanelMeetings.AsNoTracking().SelectMany(m => m.Agenda).Select(a => a.PlacementRequestId).ToListAsync(cancellationToken);
        using (demoClock.Pretend(now.AddDays(-7)))
        {
            var upcoming = await SendAsAsync(Personas.SendOfficer,
                new ScheduleMeeting.Command("North locality panel", soon, "County Hall, Committee Room 2", Personas.PanelChair.Id, members), cancellationToken);
            var version = upcoming.Version;
            foreach (var id in ready.Where(id => !onAgenda.Contains(id)))
            {
                version = (await SendAsAsync(Personas.SendOfficer, new AddToAgenda.Command(upcoming.Id, id.Value, version, null), cancellationToken)).Version;
            }
        }

        // In four weeks, on a Wednesday: nothing on its agenda yet.
        var later = today.AddDays(28);
        while (later.DayOfWeek != DayOfWeek.Wednesday)
        {
            later = later.AddDays(1);
        }

        await SendAsAsync(Personas.SendOfficer,
            new ScheduleMeeting.Command("North locality panel", later, "County Hall, Committee Room 2", Personas.PanelChair.Id, members), cancellationToken);
    }
}
