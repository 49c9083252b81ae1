using System.Globalization;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The officer's phase transfer cohort (September 2027, today 20 November 2026) over a register of 20,000 plans (the
/// largest area's size; issue 21), through the whole pipeline (validation, access, audit) as the API sends it, against
/// raw SQL reading the same rows: the North team's plans of children born in the four transfer year groups' ranges,
/// their officer, setting and sector, and their phase transfer requests with the preferences counted. A third of the
/// cohort has a request. Goal: within 3× of the raw SQL (the pipeline's audit write and the grading are extra).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class PhaseTransferCohortBenchmarks
{
    private const int September = 2027;
    private string _path = null!;
    private ApplicationHarness _app = null!;
    private AsyncServiceScope _scope;
    private ISender _sender = null!;

    [ParamsSource(nameof(PlanCounts))]
    public int Plans { get; set; }

    public static IEnumerable<int> PlanCounts => BenchmarkSizes.Pick(200, 20_000);

    [GlobalSetup]
    public async Task Setup()
    {
        _path = CohortData.Build(Plans, TestClock.Today);
        _app = ReminderSweepScanBenchmarks.QuietHarness(_path);
        _scope = await _app.ScopeAs(Personas.SendOfficer);
        _sender = _scope.ServiceProvider.GetRequiredService<ISender>();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Raw SQL: the cohort's plans and their requests")]
    public int RawSql()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        var rows = 0;
        using (var plans = connection.CreateCommand())
        {
            plans.CommandText = $"""
                SELECT p.Id, p.ChildId, c.GivenName, c.FamilyName, c.DateOfBirth, p.SettingId, COALESCE(s.Name, p.NamedInPlan), x.Code, x.Name, o.DisplayName, o.Team
                FROM Plans p
                JOIN Children c ON c.Id = p.ChildId
                JOIN Users o ON o.Id = p.OfficerId
                LEFT JOIN Settings s ON s.Id = p.SettingId
                LEFT JOIN Sectors x ON x.Id = s.SectorId
                WHERE p.OfficerId IN ({TeamOfficers}) AND ({BornIn("c")})
                """;
            using var reader = plans.ExecuteReader();
            while (reader.Read())
            {
                _ = (reader.GetString(0), reader.GetString(2), reader.GetString(4), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(9));
                rows++;
            }
        }

        using (var requests = connection.CreateCommand())
        {
            requests.CommandText = $"""
                SELECT r.Id, r.ChildId, r.Reference, r.ReceivedDate, (SELECT COUNT(*) FROM PlacementRequestPreferences f WHERE f.PlacementRequestId = r.Id)
                FROM PlacementRequests r
                WHERE r.Type = 'PhaseTransfer' AND r.ReceivedDate >= '2026-09-01' AND r.ReceivedDate <= '2027-08-31' AND r.Stage <> 'Withdrawn'
                  AND r.ChildId IN (SELECT p.ChildId FROM Plans p JOIN Children c ON c.Id = p.ChildId WHERE p.OfficerId IN ({TeamOfficers}) AND ({BornIn("c")}))
                """;
            using var reader = requests.ExecuteReader();
            while (reader.Read())
            {
                _ = (reader.GetString(0), reader.GetString(2), reader.GetString(3), reader.GetInt32(4));
            }
        }

        return rows;
    }

    [Benchmark(Description = "GetPhaseTransferCohort through the pipeline")]
    public async Task<int> Cohort() =>
        (await _sender.Send(new GetPhaseTransferCohort.Query(September, null, null, null, null, null))).Children.Count;

    private static readonly string TeamOfficers =
        $"SELECT Id FROM Users WHERE Role IN ('SendOfficer', 'TeamManager') AND (Id = '{Personas.SendOfficer.Id}' OR Team = 'North')";

    /// <summary>September 2027's transfer year groups in 2026/27 (Nursery, Year 2, Year 6, Year 11): born 1 September A − Y − 5 to 31 August A − Y − 4, A = 2026.</summary>
    private static string BornIn(string alias) => string.Join(" OR ", new[] { -1, 2, 6, 11 }.Select(y =>
        string.Create(CultureInfo.InvariantCulture, $"({alias}.DateOfBirth >= '{2026 - y - 5}-09-01' AND {alias}.DateOfBirth <= '{2026 - y - 4}-08-31')")));
}

/// <summary>
/// A register of plans built straight with SQL, in the shapes EF Core stores (ids as upper-case text, dates as
/// yyyy-MM-dd): children aged 2 to 19 spread evenly, three quarters held by the North officer and a quarter by the
/// South's, half at Brookside when the catalogue holds it; a third of the September 2027 cohort with a phase transfer
/// request received in October 2026 and two preferences.
/// </summary>
internal static class CohortData
{
    public static string Build(int plans, DateOnly today)
    {
        var directory = Path.Combine(Path.GetTempPath(), "panelcasemanager-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"cohort-{plans}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        using (var template = TestDatabase.Create(Infrastructure.Persistence.DatabaseProvider.Sqlite))
        {
            File.Copy(template.FilePath!, building, overwrite: true);
        }

        using (var connection = new SqliteConnection($"Data Source={building}"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
            using var transaction = connection.BeginTransaction();
            Fill(connection, transaction, plans, today);
            transaction.Commit();
            Execute(connection, "ANALYZE;");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    private static void Fill(SqliteConnection connection, SqliteTransaction transaction, int plans, DateOnly today)
    {
        var random = new Random(20270215);
        string? brookside;
        using (var find = Command(connection, transaction, "SELECT Id FROM Settings WHERE Urn = '117660'"))
        {
            brookside = find.ExecuteScalar() as string;
        }

        using var child = Command(connection, transaction,
            "INSERT INTO Children (Id, GivenName, FamilyName, DateOfBirth, Version) VALUES ($id, 'Child', $family, $dob, 0)");
        using var plan = Command(connection, transaction,
            """
            INSERT INTO Plans (Id, ChildId, SettingId, NamedInPlan, PlanDate, LastReviewDate, LastAmendedOn, OfficerId, Source, FinalisedInCaseId, RecordedBy, RecordedAt, Version)
            VALUES ($id, $child, $setting, $named, $planDate, NULL, NULL, $officer, 'Imported', NULL, 'administrator', 0, 0)
            """);
        using var request = Command(connection, transaction,
            """
            INSERT INTO PlacementRequests (Id, Reference, ChildId, Type, ReceivedDate, AssignedOfficerId, Stage, SubmittedAt, LastChangedAt,
              NeedLevels_CognitionAndLearning, NeedLevels_CommunicationAndInteraction, NeedLevels_SensoryAndPhysical, NeedLevels_SocialEmotionalAndMentalHealth, Version)
            VALUES ($id, $reference, $child, 'PhaseTransfer', '2026-10-15', $officer, 'Evidence', 0, 0, 1, 2, 0, 1, 0)
            """);
        using var preference = Command(connection, transaction,
            "INSERT INTO PlacementRequestPreferences (PlacementRequestId, Rank, Kind, ProvisionKind, Reasons) VALUES ($id, $rank, 'TypeOfProvision', 'SpecialSchool', 'Near home.')");

        var cohortFrom = new DateOnly(2026 - 11 - 5, 9, 1);
        var requests = 0;
        for (var i = 0; i < plans; i++)
        {
            var childId = Id();
            var dob = today.AddDays(-random.Next(2 * 365, 19 * 365));
            var officer = i % 4 == 3 ? Personas.SecondSendOfficer.Id : Personas.SendOfficer.Id;
            var atBrookside = brookside is not null && i % 2 == 0;
            Run(child, ("$id", childId), ("$family", "F" + i.ToString(CultureInfo.InvariantCulture)), ("$dob", Text(dob)));
            Run(plan, ("$id", Id()), ("$child", childId), ("$setting", atBrookside ? brookside! : DBNull.Value), ("$named", atBrookside ? DBNull.Value : "Mainstream school"),
                ("$planDate", Text(dob.AddYears(2))), ("$officer", officer));
            var inCohort = dob >= cohortFrom && SchoolYearOf(dob) is -1 or 2 or 6 or 11;
            if (inCohort && random.Next(3) == 0)
            {
                var caseId = Id();
                Run(request, ("$id", caseId), ("$reference", string.Create(CultureInfo.InvariantCulture, $"PR-2026-{++requests:D6}")), ("$child", childId), ("$officer", officer));
                Run(preference, ("$id", caseId), ("$rank", 1));
                Run(preference, ("$id", caseId), ("$rank", 2));
            }
        }
    }

    /// <summary>The year group in 2026/27: aged Y + 4 on 31 August 2026.</summary>
    private static int SchoolYearOf(DateOnly dob)
    {
        var cutOff = new DateOnly(2026, 8, 31);
        var age = cutOff.Year - dob.Year - (dob > cutOff.AddYears(-(cutOff.Year - dob.Year)) ? 1 : 0);
        return age - 4;
    }

    private static string Id() => Guid.NewGuid().ToString().ToUpperInvariant();

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
