using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// The manager's appeals report (docs/adr/0128) for the last year over 10⁴ and 10⁵ cases, against a fair baseline: raw
/// SQL on the same file computing the same figures from the same rows (notices carrying the right of appeal issued in
/// the period, a reissued one once; appeals registered in it with their outcomes, subjects, sectors and settings; orders
/// made in it, met on time from their milestone, late or open). Beside them the report's handler alone (EF Core) and the
/// report through the pipeline (access check, the read's audit event). The set-up checks that both give the same figures.
/// </summary>
[MemoryDiagnoser]
public class AppealsReportBenchmarks
{
    private static readonly DateOnly Today = TestClock.Today;
    private static readonly DateOnly From = Today.AddYears(-1);

    private string _path = null!;
    private BenchmarkHost _host = null!;

    [ParamsSource(nameof(CaseCounts))]
    public int Cases { get; set; }

    public static IEnumerable<int> CaseCounts => BenchmarkSizes.Pick(200, 10_000, 100_000);

    [GlobalSetup]
    public async Task Setup()
    {
        _path = AppealsData.Build(Cases, Today);
        _host = new BenchmarkHost(database: TestDatabase.Open(_path));
        var raw = RawSql();
        var report = await Pipeline();
        var fromReport = Figures.Of(report);
        if (raw != fromReport)
        {
            throw new InvalidOperationException($"The baseline and the report disagree:\n raw    {raw}\n report {fromReport}");
        }

        Console.WriteLine($"// {Cases} cases: {raw}");
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _host.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Raw SQL: the same figures from the same rows")]
    public Figures RawSql()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        var appealable = string.Join(", ", Enum.GetValues<LetterOutcome>().Where(o => TribunalAppealRules.SubjectsFor(o).Count > 0).Select(o => $"'{o}'"));

        using var notices = connection.CreateCommand();
        notices.CommandText = $"""
            SELECT COUNT(*) FROM IssuedLetters l
            WHERE l.Outcome IN ({appealable}) AND l.LetterDate >= $from AND l.LetterDate <= $to
              AND NOT EXISTS (SELECT 1 FROM IssuedLetters r WHERE r.ReplacesLetterId = l.Id)
            """;
        Period(notices);
        var noticeCount = Convert.ToInt32(notices.ExecuteScalar(), CultureInfo.InvariantCulture);

        using var appeals = connection.CreateCommand();
        appeals.CommandText = """
            SELECT a.Subject, a.Position, a.Outcome, l.NamedInPlan, json_extract(d.Placement, '$.SettingName'), json_extract(d.Placement, '$.SectorName'), COUNT(*)
            FROM TribunalAppeals a
            LEFT JOIN IssuedLetters l ON l.Id = a.NoticeLetterId
            LEFT JOIN PanelDecisions d ON d.Id = COALESCE(l.BasedOnDecisionId, l.DecisionId)
            WHERE a.RegisteredOn >= $from AND a.RegisteredOn <= $to
            GROUP BY 1, 2, 3, 4, 5, 6
            """;
        Period(appeals);
        var registered = 0;
        int conceded = 0, withdrawn = 0, forFamily = 0, forCouncil = 0, open = 0;
        var subjects = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectors = new Dictionary<string, int>(StringComparer.Ordinal);
        var settings = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var reader = appeals.ExecuteReader())
        {
            while (reader.Read())
            {
                var count = reader.GetInt32(6);
                registered += count;
                var position = reader.IsDBNull(1) ? null : reader.GetString(1);
                var outcome = reader.IsDBNull(2) ? null : reader.GetString(2);
                switch (position, outcome)
                {
                    case (nameof(AppealPosition.WithdrawnByFamily), _): withdrawn += count; break;
                    case (nameof(AppealPosition.Concedes), _): conceded += count; break;
                    case (_, nameof(TribunalOutcome.Allowed) or nameof(TribunalOutcome.PartlyAllowed)): forFamily += count; break;
                    case (_, nameof(TribunalOutcome.Dismissed)): forCouncil += count; break;
                    default: open += count; break;
                }

                Add(subjects, Enum.Parse<AppealSubject>(reader.GetString(0)).Describe(), count);
                var setting = reader.IsDBNull(3) ? reader.IsDBNull(4) ? null : reader.GetString(4) : reader.GetString(3);
                Add(settings, string.IsNullOrWhiteSpace(setting) ? "None named" : setting, count);
                var sector = reader.IsDBNull(5) ? null : reader.GetString(5);
                Add(sectors, string.IsNullOrWhiteSpace(sector) ? "Not known" : sector, count);
            }
        }

        using var orders = connection.CreateCommand();
        orders.CommandText = """
            SELECT COUNT(*),
                   COALESCE(SUM(o.MetOn IS NOT NULL AND m.MetWithinLimit = 1), 0),
                   COALESCE(SUM(o.MetOn IS NULL), 0)
            FROM TribunalOrders o
            JOIN TribunalAppeals a ON a.Id = o.AppealId
            LEFT JOIN CaseMilestones m ON m.PlacementRequestId = a.PlacementRequestId AND m.Slot = lower(o.Id)
            WHERE o.MadeOn >= $from AND o.MadeOn <= $to
            """;
        Period(orders);
        using var ordersReader = orders.ExecuteReader();
        ordersReader.Read();
        var made = ordersReader.GetInt32(0);
        var onTime = ordersReader.GetInt32(1);
        var openOrders = ordersReader.GetInt32(2);

        return new Figures(noticeCount, registered, conceded, withdrawn, forFamily, forCouncil, open, made, onTime, made - onTime - openOrders, openOrders,
            Figures.Tally(subjects), Figures.Tally(sectors), Figures.Tally(settings));

        static void Period(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$from", From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$to", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        static void Add(Dictionary<string, int> tally, string name, int count) => tally[name] = tally.GetValueOrDefault(name) + count;
    }

    [Benchmark(Description = "GetAppealsReport's handler alone (EF Core)")]
    public Task<GetAppealsReport.Report> HandlerAlone() =>
        _host.Direct<GetAppealsReport.Handler, GetAppealsReport.Report>(Personas.TeamManager, h => h.Handle(new GetAppealsReport.Query(From, Today, null), CancellationToken.None).AsTask());

    [Benchmark(Description = "GetAppealsReport through the pipeline (access, audit)")]
    public Task<GetAppealsReport.Report> Pipeline() => _host.Send(Personas.TeamManager, new GetAppealsReport.Query(From, Today, null));

    /// <summary>The report's figures, comparable between the baseline and the report.</summary>
    public sealed record Figures(
        int Notices, int Appeals, int Conceded, int Withdrawn, int ForFamily, int ForCouncil, int Open, int OrdersMade, int OrdersOnTime, int OrdersLate, int OrdersOpen,
        string Subjects, string Sectors, string Settings)
    {
        public static Figures Of(GetAppealsReport.Report r)
        {
            ArgumentNullException.ThrowIfNull(r);
            return new(r.AppealRate.NoticesIssued, r.AppealRate.AppealsRegistered, r.Outcomes.Conceded, r.Outcomes.Withdrawn, r.Outcomes.DecidedForFamily,
                r.Outcomes.DecidedForCouncil, r.Outcomes.StillOpen, r.Orders.Made, r.Orders.MetOnTime, r.Orders.MetLate, r.Orders.StillOpen,
                Join(r.Subjects), Join(r.Sectors), Join(r.Settings));
        }

        internal static string Tally(Dictionary<string, int> tally) =>
            Join(tally.Select(t => new GetAppealsReport.Concern(t.Key, t.Value)).OrderByDescending(c => c.Appeals).ThenBy(c => c.Name, StringComparer.Ordinal));

        private static string Join(IEnumerable<GetAppealsReport.Concern> concerns) => string.Join("; ", concerns.Select(c => $"{c.Name}={c.Appeals}"));
    }
}

/// <summary>
/// A database of cases with their letters, appeals and orders for the appeals report, written with SQL in the shapes EF
/// Core stores (as <see cref="TimelinessData"/>): 60% of cases have a notice carrying the right of appeal over two
/// years (2% of them reissued), half a decision letter; 5% of notices are appealed (open, conceded, withdrawn, allowed,
/// dismissed), and each appeal conceded or allowed has an order with its milestone on the clock, 70% of them met.
/// </summary>
internal static class AppealsData
{
    private static readonly string[] Schools = [.. Enumerable.Range(1, 20).Select(i => $"School {i:D2}")];

    public static string Build(int cases, DateOnly today)
    {
        var directory = Path.Combine(Path.GetTempPath(), "panelcasemanager-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"appeals-{cases}.db");
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
            Fill(connection, transaction, cases, today);
            transaction.Commit();
            Execute(connection, "ANALYZE;");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    private static void Fill(SqliteConnection connection, SqliteTransaction transaction, int cases, DateOnly today)
    {
        var random = new Random(20261207);
        var officers = new[] { Personas.SendOfficer.Id, Personas.SecondSendOfficer.Id };
        var issuedAt = Binary(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        using var child = Command(connection, transaction,
            "INSERT INTO Children (Id, GivenName, FamilyName, DateOfBirth, Version) VALUES ($id, 'Child', $family, '2015-01-01', 0)");
        using var request = Command(connection, transaction,
            """
            INSERT INTO PlacementRequests (Id, Reference, ChildId, Type, ReceivedDate, AssignedOfficerId, Stage, SubmittedAt, LastChangedAt,
              NeedLevels_CognitionAndLearning, NeedLevels_CommunicationAndInteraction, NeedLevels_SensoryAndPhysical, NeedLevels_SocialEmotionalAndMentalHealth, Version)
            VALUES ($id, $reference, $child, 'NewPlan', $received, $officer, 'LetterIssued', 0, 0, 1, 2, 0, 1, 0)
            """);
        using var clock = Command(connection, transaction,
            "INSERT INTO CaseClocks (PlacementRequestId, RequestType, ReceivedDate, ChildId, ChildDateOfBirth, SeeksSpecialistProvision, ExceptionApplies, Version) VALUES ($id, 'NewPlan', $received, $child, '2015-01-01', 1, 0, 0)");
        using var letter = Command(connection, transaction,
            """
            INSERT INTO IssuedLetters (Id, DecisionId, PlacementRequestId, Number, Reference, Outcome, TemplateVersion, LetterDate, AppealDeadline, AddressedTo, Sha256,
              SizeBytes, PageCount, ReplacesLetterId, IssuedBy, IssuedAt, Version, NamedInPlan)
            VALUES ($id, NULL, $case, $number, $reference, $outcome, 1, $date, $deadline, 'Parent', $sha, 1000, 2, $replaces, 'send-officer', $at, 0, $named)
            """);
        using var appeal = Command(connection, transaction,
            """
            INSERT INTO TribunalAppeals (Id, PlacementRequestId, NoticeLetterId, NoticeReference, Notice, NoticeSentOn, Subject, RegisteredOn, Position, PositionOn, Outcome, DecidedOn,
              OpenNoticeLetterId, RecordedBy, RecordedAt, UpdatedAt, Version)
            VALUES ($id, $case, $notice, $reference, $outcome, $sent, $subject, $registered, $position, $positionOn, $decision, $decidedOn, $open, 'send-officer', $at, $at, 0)
            """);
        using var order = Command(connection, transaction,
            "INSERT INTO TribunalOrders (Id, Kind, MadeOn, Unopposed, MetOn, MetByNoticeId, AppealId) VALUES ($id, $kind, $made, $unopposed, $met, NULL, $appeal)");
        using var milestone = Command(connection, transaction,
            """
            INSERT INTO CaseMilestones (Id, PlacementRequestId, Kind, Slot, StartedOn, DueDate, MetOn, NotApplicable, DependsOnWorkingDays, ExceptionApplies,
              ExceptionReasons, IsOpen, DaysTaken, MetWithinLimit, NextReminderOn, Provisional)
            VALUES ($id, $case, $kind, $slot, $started, $due, $met, 0, 0, 0, '', $open, $days, $within, NULL, 0)
            """);

        LetterOutcome[] decisions = [LetterOutcome.AgreePreference, LetterOutcome.NameAnotherSetting, LetterOutcome.Decline];
        for (var i = 0; i < cases; i++)
        {
            var childId = Id();
            var caseId = Id();
            var received = today.AddDays(-random.Next(60, 800));
            var reference = $"PR-{received.Year}-{i + 1:D6}";
            Run(child, ("$id", childId), ("$family", "F" + i.ToString(CultureInfo.InvariantCulture)));
            Run(request, ("$id", caseId), ("$reference", reference), ("$child", childId), ("$received", Text(received)), ("$officer", officers[i % 2]));
            Run(clock, ("$id", caseId), ("$received", Text(received)), ("$child", childId));

            var number = 0;
            string Letter(LetterOutcome outcome, DateOnly date, string? replaces, string? named)
            {
                var id = Id();
                number++;
                Run(letter, ("$id", id), ("$case", caseId), ("$number", number), ("$reference", $"{reference}-L{number}"), ("$outcome", outcome.ToString()),
                    ("$date", Text(date)), ("$deadline", outcome.IsNotice() ? Text(date.AddMonths(2)) : DBNull.Value), ("$sha", new string('a', 64)),
                    ("$replaces", (object?)replaces ?? DBNull.Value), ("$at", issuedAt), ("$named", (object?)named ?? DBNull.Value));
                return id;
            }

            var decidedOn = received.AddDays(random.Next(20, 50));
            if (random.Next(2) == 0)
            {
                Letter(decisions[random.Next(decisions.Length)], decidedOn, null, null);
            }

            if (random.Next(10) >= 6)
            {
                continue;
            }

            var kind = random.Next(20) switch
            {
                < 12 => LetterOutcome.FinalPlanNotice,
                < 17 => LetterOutcome.RefusalToAssessNotice,
                < 19 => LetterOutcome.RefusalToIssueNotice,
                _ => LetterOutcome.CessationNotice,
            };
            var sent = decidedOn.AddDays(random.Next(1, 10));
            var named = kind.IsPlanNotice() ? Schools[random.Next(Schools.Length)] : null;
            var noticeId = Letter(kind, sent, null, named);
            if (random.Next(50) == 0)
            {
                // Reissued to correct it: the report counts the one that replaced it.
                sent = sent.AddDays(3);
                noticeId = Letter(kind, sent, noticeId, named);
            }

            if (random.Next(20) != 0 || sent.AddDays(40) > today)
            {
                continue;
            }

            var registered = sent.AddDays(random.Next(10, 40));
            var subjects = TribunalAppealRules.SubjectsFor(kind);
            var subject = subjects[random.Next(subjects.Count)];
            var ending = random.Next(10);
            var endedOn = registered.AddDays(random.Next(10, 120));
            if (endedOn > today)
            {
                ending = 0;
            }

            (AppealPosition? position, TribunalOutcome? outcome) = ending switch
            {
                < 2 => ((AppealPosition?)null, (TribunalOutcome?)null),
                < 4 => (AppealPosition.Concedes, null),
                < 5 => (AppealPosition.WithdrawnByFamily, null),
                < 7 => (AppealPosition.Opposes, TribunalOutcome.Allowed),
                < 8 => (AppealPosition.Opposes, TribunalOutcome.PartlyAllowed),
                _ => (AppealPosition.Opposes, TribunalOutcome.Dismissed),
            };
            var appealId = Id();
            Run(appeal, ("$id", appealId), ("$case", caseId), ("$notice", noticeId), ("$reference", $"{reference}-N"), ("$outcome", kind.ToString()), ("$sent", Text(sent)),
                ("$subject", subject.ToString()), ("$registered", Text(registered)), ("$position", (object?)position?.ToString() ?? DBNull.Value),
                ("$positionOn", position is null ? DBNull.Value : Text(position == AppealPosition.Opposes ? registered.AddDays(5) : endedOn)),
                ("$decision", (object?)outcome?.ToString() ?? DBNull.Value), ("$decidedOn", outcome is null ? DBNull.Value : Text(endedOn)),
                ("$open", position is null ? noticeId : DBNull.Value), ("$at", issuedAt));

            // Ceasing a plan: the tribunal's order takes effect at once and is no deadline.
            if ((position != AppealPosition.Concedes && outcome is not (TribunalOutcome.Allowed or TribunalOutcome.PartlyAllowed))
                || TribunalAppealRules.OrdersFor(kind, subject) is not [var orderKind, ..])
            {
                continue;
            }

            var orderId = Guid.NewGuid();
            var due = endedOn.AddDays(orderKind == TribunalOrderKind.NameSchoolOrType || orderKind == TribunalOrderKind.NotifyAssessment ? 14 : 35);
            DateOnly? met = random.Next(10) < 7 ? endedOn.AddDays(random.Next(1, 50)) : null;
            if (met > today)
            {
                met = null;
            }

            Run(order, ("$id", orderId.ToString().ToUpperInvariant()), ("$kind", orderKind.ToString()), ("$made", Text(endedOn)), ("$unopposed", position == AppealPosition.Concedes ? 1 : 0),
                ("$met", met is { } m ? Text(m) : DBNull.Value), ("$appeal", appealId));
            Run(milestone, ("$id", Id()), ("$case", caseId), ("$kind", orderKind.Milestone().ToString()), ("$slot", orderId.ToString("D")), ("$started", Text(endedOn)),
                ("$due", Text(due)), ("$met", met is { } mm ? Text(mm) : DBNull.Value), ("$open", met is null ? 1 : 0),
                ("$days", met is { } d ? d.DayNumber - endedOn.DayNumber : DBNull.Value), ("$within", met is { } w ? (w <= due ? 1 : 0) : DBNull.Value));
        }
    }

    private static string Id() => Guid.NewGuid().ToString().ToUpperInvariant();

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Binary(DateTimeOffset value) =>
        (long)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(value)!;

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
