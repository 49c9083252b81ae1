using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// A county's phase transfer cohort (issue 21; docs/adr/0268), loaded as an administrator loads the register: a CSV
/// through <see cref="ImportPlans"/>. Next September's movers in every phase, some of them with their phase transfer
/// request already opened by the officer (preferences received; the family persona's daughter among them, for the
/// family's own transfer page); and last September's movers, whose plans were not amended by the date, so that the
/// picture shows late transfers too. On track or at risk follows from today's distance to 15 February (31 March).
/// Plans at Brookside (the demo SENCO's school) and Larkspur, held by the North and the South teams.
/// </summary>
public sealed partial class DemoDataSeeder
{
    private static readonly string[] CohortUrns = [Personas.SettingSendcoUrn, "117701"];

    private static readonly string[] CohortGivenNames =
        ["Alfie", "Beatrice", "Caleb", "Delilah", "Ezra", "Florence", "Gabriel", "Hallie", "Idris", "Juno", "Kit", "Lola", "Milo", "Nell", "Otis"];

    private static readonly string[] CohortFamilyNames = ["Ashworth", "Brennan", "Calloway", "Dunmore", "Ellery", "Fairbairn", "Garside", "Holloway"];

    private async Task SeedPhaseTransferCohortAsync(CancellationToken cancellationToken)
    {
        var urns = CohortUrns.Select(u => Urn.TryParse(u, out var urn) ? urn : null).OfType<Urn>().ToList();
        if (await db.Settings.CountAsync(s => urns.Contains(s.Urn), cancellationToken) != CohortUrns.Length)
        {
            return; // The register names catalogue settings; a catalogue without the demo schools gets no cohort.
        }

        var random = new Random(20270215);
        var today = UkCalendar.Today(clock);
        StatutoryClockRules rules;
        await using (var rulesScope = scopes.CreateAsyncScope())
        {
            rules = rulesScope.ServiceProvider.GetRequiredService<TimelinessRules>().Clock;
        }

        var september = ListFamilyTransfers.NextSeptember(today);
        var rows = new List<string>();
        var opened = new List<(Guid CaseId, bool Family)>();
        var number = 0;

        foreach (var (cohortYear, perGroup) in new[] { (september, 5), (september - 1, 2) })
        {
            foreach (var group in PhaseTransferCohort.For(rules, cohortYear).YearGroups)
            {
                for (var i = 0; i < perGroup; i++, number++)
                {
                    var span = group.BornTo.DayNumber - group.BornFrom.DayNumber;
                    var dateOfBirth = group.BornFrom.AddDays(random.Next(0, span + 1));
                    var familyPersonas = cohortYear == september && group.Phase == TransferPhase.IntoSecondary && i == 0;
                    var givenName = familyPersonas ? "Maya" : CohortGivenNames[number % CohortGivenNames.Length];
                    var familyName = familyPersonas ? "Bennett" : CohortFamilyNames[((number * 3) + (number / CohortGivenNames.Length)) % CohortFamilyNames.Length];
                    var officer = number % 4 == 3 ? Personas.SecondSendOfficer : Personas.SendOfficer;
                    var planDate = dateOfBirth.AddYears(3).AddDays(random.Next(0, 700));
                    planDate = planDate > today.AddDays(-30) ? today.AddDays(-30 - random.Next(0, 60)) : planDate;

                    // Next September's: the officer has opened the phase transfer request for two in each phase (and for
                    // the family persona's Maya), with the family's preferences; the register then joins the child held.
                    if (cohortYear == september && (i < 2 || familyPersonas))
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        var sender = await ActAsAsync(scope, officer.Id, cancellationToken);
                        var submitted = await sender.Send(
                            new SubmitPlacementRequest.Command(
                                ChildId: null,
                                Child: new SubmitPlacementRequest.ChildDetails(givenName, familyName, dateOfBirth, null, "AL1 5JQ", null, null, group.Phase == TransferPhase.IntoSchool ? "Riverside Nursery" : null),
                                Type: RequestType.PhaseTransfer,
                                ReceivedDate: today.AddDays(-random.Next(5, 40)),
                                Preferences: familyPersonas ? [] : DemoPreferences(random),
                                PrimaryNeed: "ASD",
                                SecondaryNeed: null,
                                NeedLevels: DemoLevels("ASD", random),
                                AssignedOfficerId: officer.Id),
                            cancellationToken);
                        // As every demo case, the parent or carer its letters go to; Maya's is the family persona.
                        await sender.Send(
                            new RecordFamilyContact.Command(
                                submitted.Id,
                                null,
                                familyPersonas ? Personas.Family.DisplayName : $"{ParentNames[number % ParentNames.Length]} {familyName}",
                                ContactRole.ParentOrCarer,
                                null,
                                [string.Create(CultureInfo.InvariantCulture, $"{number + 2} {Streets[number % Streets.Length]}"), "Hertfordshire"],
                                "AL1 5JQ",
                                familyPersonas ? Personas.Family.Email : null),
                            cancellationToken);
                        opened.Add((submitted.Id, familyPersonas));
                    }

                    var year = SchoolYear.For(dateOfBirth, today);
                    var yearText = year.Number == SchoolYear.Reception - 1 ? "Nursery" : year.Name;
                    rows.Add(string.Join(',',
                        string.Empty, givenName, familyName, Iso(dateOfBirth), yearText, CohortUrns[number % CohortUrns.Length], Iso(planDate), string.Empty, officer.Email));
                }
            }
        }

        var csv = new StringBuilder(string.Join(',', PlansCsv.Columns)).Append('\n');
        foreach (var row in rows)
        {
            csv.Append(row).Append('\n');
        }

        await using var adminScope = scopes.CreateAsyncScope();
        var administrator = await ActAsAsync(adminScope, Personas.Administrator.Id, cancellationToken);
        await administrator.Send(new ImportPlans.Command(Encoding.UTF8.GetBytes(csv.ToString())), cancellationToken);

        foreach (var (caseId, _) in opened.Where(o => o.Family))
        {
            await LinkFamilyPersonaToAsync(caseId, "Mother", cancellationToken);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
