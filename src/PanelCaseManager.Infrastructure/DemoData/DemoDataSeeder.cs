using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// Fills an empty database with the personas and fictional cases spread over a county, all entered through the
/// same commands a SEND officer uses. The same seed gives the same data.
/// </summary>
public sealed partial class DemoDataSeeder(
    PanelDbContext db,
    IServiceScopeFactory scopes,
    IOptions<DemoDataOptions> options,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly string[] GivenNames =
    [
        "Leo", "Amelia", "Noah", "Isla", "Muhammad", "Ava", "Oliver", "Freya", "Arlo", "Zara", "Theo", "Maya", "Jacob", "Aisha",
        "Harry", "Evie", "Kai", "Ruby", "Reuben", "Sienna", "Ibrahim", "Poppy", "Dylan", "Niamh", "Finley", "Chloe", "Yusuf",
        "Grace", "Tomasz", "Ellie", "Rhys", "Ffion", "Oscar", "Hana", "Jayden", "Esme", "Kofi", "Lily", "Rowan", "Mia",
    ];

    private static readonly string[] FamilyNames =
    [
        "Bennett", "Patel", "Okafor", "Hughes", "Nowak", "Campbell", "Ahmed", "Robinson", "O'Brien", "Singh", "Thompson", "Evans",
        "Kowalski", "Mensah", "Clarke", "Hussain", "Walker", "Davies", "Begum", "Murphy", "Wright", "Chen", "Jones", "Ali",
    ];

    private static readonly string[] CurrentSettings =
    [
        "Oakfield Primary School", "St Mary's CofE Primary School", "Riverside Nursery", "Longmead Academy", "Hillcrest Junior School",
        "The Priory School", "Meadowbank Primary School", "Kingsway Secondary School", "Elmwood Infant School", "Harlow Lane Academy",
    ];

    private static readonly (string SettingName, string Urn, ProvisionKind Kind)[] PreferredSettings =
    [
        ("Oakfield Primary School", "117235", ProvisionKind.Mainstream),
        ("Brookside Special School", "117660", ProvisionKind.SpecialSchool),
        ("Woodlands Academy SRP", "145882", ProvisionKind.SpecialistResourceProvision),
        ("Larkspur Communication and Autism School", "117701", ProvisionKind.SpecialSchool),
        ("Kingsway Secondary School", "137944", ProvisionKind.Mainstream),
        ("Beechwood SEMH School", "117690", ProvisionKind.SpecialSchool),
    ];

    private static readonly string[] FamilyReasons =
    [
        "Close to home, so our child can walk to school with a parent and keep the friends they have made locally.",
        "Small classes and a calm environment; the visit went well and staff understood our child's sensory needs.",
        "Their older sibling goes there, and the school already knows our family.",
        "Specialist speech and language therapy on site, which the current school cannot provide.",
        "They can move into mainstream lessons for some subjects as they grow in confidence.",
    ];

    private static readonly (string District, double Latitude, double Longitude)[] Districts =
    [
        ("SG1", 51.905, -0.196), ("SG2", 51.896, -0.170), ("SG4", 51.950, -0.270), ("SG6", 51.979, -0.229), ("SG8", 52.048, -0.022),
        ("SG12", 51.813, -0.030), ("SG13", 51.790, -0.075), ("AL1", 51.750, -0.335), ("AL5", 51.815, -0.355), ("AL7", 51.795, -0.185),
        ("AL10", 51.763, -0.225), ("WD17", 51.660, -0.400), ("WD6", 51.657, -0.272), ("HP1", 51.755, -0.480), ("HP4", 51.763, -0.565),
        ("EN8", 51.705, -0.035), ("EN11", 51.762, -0.013), ("CM23", 51.870, 0.160),
    ];

    /// <summary>The parent or carer each demo case's letters are written to, picked by the case's number so the children's data stay as they were.</summary>
    private static readonly string[] ParentNames = ["Sarah", "Priya", "Chinedu", "Gareth", "Agnieszka", "Fiona", "Tariq", "Joanne", "Siobhán", "Harpreet"];

    private static readonly string[] Streets = ["Church Lane", "Station Road", "Mill Close", "Orchard Way", "The Green", "Park View"];

    private static readonly string[] CommonNeeds = ["ASD", "ASD", "ASD", "SEMH", "SEMH", "SLCN", "SLCN", "MLD", "SLD", "SPLD", "PD", "HI", "VI", "DS", "PMLD"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var persona in Personas.All)
        {
            var account = persona.ToAccount();
            // The demo SENCO answers for the demo school of the catalogue, when the catalogue holds it.
            if (persona == Personas.SettingSendco
                && Domain.Provision.Urn.TryParse(Personas.SettingSendcoUrn, out var urn)
                && await db.Settings.Where(s => s.Urn == urn!).Select(s => (Domain.Provision.SettingId?)s.Id).SingleOrDefaultAsync(cancellationToken) is { } settingId)
            {
                account.AnswerFor(settingId);
            }

            db.Users.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);

        var random = new Random(20261122);
        var today = UkCalendar.Today(clock);
        for (var i = 0; i < options.Value.Cases; i++)
        {
            await SeedCaseAsync(i, random, today, cancellationToken);
        }

        if (options.Value.Cases > 0)
        {
            await LinkFamilyPersonaAsync(cancellationToken);
            await SeedPanelMeetingAsync(cancellationToken);
            await SeedPartnersWorkAsync(cancellationToken);
            await SeedPhaseTransferCohortAsync(cancellationToken);
            await SeedReviewsAsync(cancellationToken);
        }

        LogSeeded(logger, Personas.All.Count, options.Value.Cases);
    }

    /// <summary>A phase transfer only for a child in a transfer year (reg 18); otherwise the request is a change of placement.</summary>
    private static RequestType DemoType(RequestType type, DateOnly received, DateOnly dateOfBirth, StatutoryClockRules rules) =>
        type == RequestType.PhaseTransfer && PhaseTransfer.For(rules, received, dateOfBirth).Kind == PhaseTransferKind.NotATransferYear
            ? RequestType.ChangeOfPlacement
            : type;

    private async Task SeedCaseAsync(int index, Random random, DateOnly today, CancellationToken cancellationToken)
    {
        var officer = index % 5 == 4 ? Personas.SecondSendOfficer : Personas.SendOfficer;
        await using var scope = scopes.CreateAsyncScope();
        var sender = await ActAsAsync(scope, officer.Id, cancellationToken);

        var age = random.Next(3, 18);
        var dateOfBirth = today.AddYears(-age).AddDays(-random.Next(0, 365));
        var district = Districts[random.Next(Districts.Length)];
        var primaryNeed = CommonNeeds[random.Next(CommonNeeds.Length)];
        var secondaryNeed = random.Next(3) == 0 ? CommonNeeds.First(n => n != primaryNeed && random.Next(4) == 0 || n == "SLCN" && primaryNeed != "SLCN") : null;
        var daysAgo = random.Next(1, 300);

        // The first child is the family persona's, so that the family has a case to follow.
        var givenName = index == 0 ? "Leo" : GivenNames[random.Next(GivenNames.Length)];
        var familyName = index == 0 ? "Bennett" : FamilyNames[random.Next(FamilyNames.Length)];

        var upn = DemoUpn(random);
        var postcode = DemoPostcode(district.District, random);
        var submitted = await sender.Send(
            new SubmitPlacementRequest.Command(
                ChildId: null,
                Child: new SubmitPlacementRequest.ChildDetails(
                    givenName,
                    familyName,
                    dateOfBirth,
                    upn,
                    postcode,
                    Math.Round(district.Latitude + ((random.NextDouble() - 0.5) * 0.02), 5),
                    Math.Round(district.Longitude + ((random.NextDouble() - 0.5) * 0.03), 5),
                    age < 4 ? "Riverside Nursery" : CurrentSettings[random.Next(CurrentSettings.Length)]),
                Type: DemoType(age is 10 or 15 ? RequestType.PhaseTransfer : (RequestType)random.Next(0, 4), today.AddDays(-daysAgo), dateOfBirth,
                    scope.ServiceProvider.GetRequiredService<TimelinessRules>().Clock),
                ReceivedDate: today.AddDays(-daysAgo),
                Preferences: DemoPreferences(random),
                PrimaryNeed: primaryNeed,
                SecondaryNeed: secondaryNeed,
                NeedLevels: DemoLevels(primaryNeed, random),
                AssignedOfficerId: officer.Id),
            cancellationToken);

        // Every case has the parent or carer its letters go to; the first child's is the family persona.
        var parent = index == 0 ? Personas.Family.DisplayName : $"{ParentNames[index % ParentNames.Length]} {familyName}";
        await sender.Send(
            new RecordFamilyContact.Command(
                submitted.Id,
                null,
                parent,
                ContactRole.ParentOrCarer,
                null,
                [string.Create(CultureInfo.InvariantCulture, $"{(index % 97) + 1} {Streets[index % Streets.Length]}"), "Hertfordshire"],
                postcode,
                index == 0 ? Personas.Family.Email : null),
            cancellationToken);

        // Older requests are further along their path.
        var moves = daysAgo switch
        {
            < 20 => Array.Empty<StageTransition>(),
            < 90 => [StageTransition.StartEvidence],
            < 200 => [StageTransition.StartEvidence, StageTransition.MarkReadyForPanel],
            _ => index % 7 == 0 ? [StageTransition.StartEvidence, StageTransition.Withdraw] : [StageTransition.StartEvidence, StageTransition.MarkReadyForPanel],
        };
        var version = submitted.Version;
        foreach (var move in moves)
        {
            var reason = move == StageTransition.Withdraw ? "The family moved out of the area and withdrew the request." : null;
            var moved = await sender.Send(new MoveStage.Command(submitted.Id, move, version, reason, null, null), cancellationToken);
            version = moved.Version;
        }

        // Most older new-plan requests have had their decision to assess, some of them late, so the worklist and
        // the timeliness report have something to show.
        if (daysAgo > 35 && index % 4 != 3 && (await db.CaseClocks.AsNoTracking().AnyAsync(c => c.PlacementRequestId == new PlacementRequestId(submitted.Id) && c.RequestType == RequestType.NewPlan, cancellationToken)))
        {
            var decidedAfter = Math.Min(daysAgo - 1, 28 + random.Next(0, 21));
            await sender.Send(new RecordClockEvent.Command(submitted.Id, ClockEventKind.DecidedToAssess, today.AddDays(-daysAgo + decidedAfter), null), cancellationToken);
        }
    }

    private async Task LinkFamilyPersonaAsync(CancellationToken cancellationToken)
    {
        var leo = await db.Children.OrderBy(c => c.Id).FirstAsync(c => c.GivenName == "Leo" && c.FamilyName == "Bennett", cancellationToken);
        var family = await db.Users.SingleAsync(u => u.Id == new Domain.Users.UserId(Personas.Family.Id), cancellationToken);
        family.LinkChild(leo.Id, "Mother");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Links the family persona to the child of another demo case as well (a second child of the same family).</summary>
    private async Task LinkFamilyPersonaToAsync(Guid caseId, string relationship, CancellationToken cancellationToken)
    {
        var childId = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == new PlacementRequestId(caseId)).Select(p => p.ChildId).SingleAsync(cancellationToken);
        var family = await db.Users.SingleAsync(u => u.Id == new Domain.Users.UserId(Personas.Family.Id), cancellationToken);
        family.LinkChild(childId, relationship);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<ISender> ActAsAsync(AsyncServiceScope scope, string personaId, CancellationToken cancellationToken)
    {
        var scopedDb = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var account = await scopedDb.Users.AsNoTracking().SingleAsync(u => u.Id == new Domain.Users.UserId(personaId), cancellationToken);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(PanelClaimTypes.PrincipalFor(account, "DemoData"));
        return scope.ServiceProvider.GetRequiredService<ISender>();
    }

    private static List<SubmitPlacementRequest.PreferenceInput> DemoPreferences(Random random)
    {
        var count = random.Next(0, 4);
        return PreferredSettings.OrderBy(_ => random.Next()).Take(count)
            .Select((s, i) => i == 2
                ? new SubmitPlacementRequest.PreferenceInput(i + 1, PreferenceKind.TypeOfProvision, null, null, ProvisionKind.SendUnit, FamilyReasons[random.Next(FamilyReasons.Length)])
                : new SubmitPlacementRequest.PreferenceInput(i + 1, PreferenceKind.NamedSetting, s.SettingName, s.Urn, null, FamilyReasons[random.Next(FamilyReasons.Length)]))
            .ToList();
    }

    private static SubmitPlacementRequest.NeedLevelsInput DemoLevels(string primaryNeed, Random random)
    {
        int Level(bool primaryArea) => primaryArea ? random.Next(2, 5) : random.Next(0, 3);
        return new SubmitPlacementRequest.NeedLevelsInput(
            Level(primaryNeed is "ASD" or "SLCN"),
            Level(primaryNeed is "MLD" or "SLD" or "PMLD" or "SPLD" or "DS"),
            Level(primaryNeed is "SEMH"),
            Level(primaryNeed is "PD" or "HI" or "VI"));
    }

    private static string DemoUpn(Random random)
    {
        // 919 is the seed county's LA code; then a school number, year of entry and serial.
        var tail = string.Create(CultureInfo.InvariantCulture, $"919{random.Next(2000, 7999):D4}{random.Next(10, 26):D2}{random.Next(0, 999):D3}");
        return UniquePupilNumber.CheckLetterFor(tail) + tail;
    }

    private static string DemoPostcode(string district, Random random)
    {
        const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
        return string.Create(CultureInfo.InvariantCulture, $"{district} {random.Next(1, 10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded demonstration data: {Personas} personas and {Cases} fictional cases")]
    private static partial void LogSeeded(ILogger logger, int personas, int cases);
}
