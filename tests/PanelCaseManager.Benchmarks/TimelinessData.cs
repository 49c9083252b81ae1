using System.Globalization;
using Microsoft.Data.Sqlite;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Benchmarks;

/// <summary>
/// Builds large SQLite databases for the timeliness benchmarks straight with SQL (entering 10⁵ cases through the
/// commands would take hours), in the shapes EF Core stores: ids as upper-case text, dates as yyyy-MM-dd.
/// Each database is built once per size and kept in the temp folder for the benchmark processes that follow.
/// </summary>
internal static class TimelinessData
{
    public const int MilestonesPerCase = 10;

    private static readonly MilestoneKind[] Kinds = Enum.GetValues<MilestoneKind>().Take(MilestonesPerCase).ToArray();

    /// <summary>A database of <paramref name="cases"/> cases and ten milestones each; <paramref name="dueFraction"/> of the milestones have a reminder due today.</summary>
    public static string Build(string name, int cases, double dueFraction, DateOnly today)
    {
        var directory = Path.Combine(Path.GetTempPath(), "panelcasemanager-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}-{cases}.db");
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
            Fill(connection, transaction, cases, dueFraction, today);
            transaction.Commit();
            Execute(connection, "ANALYZE;");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    /// <summary>A private copy of a built database, for a benchmark that writes.</summary>
    public static string CopyOf(string path)
    {
        var copy = Path.Combine(Path.GetDirectoryName(path)!, $"{Guid.NewGuid():N}.db");
        File.Copy(path, copy);
        return copy;
    }

    private static void Fill(SqliteConnection connection, SqliteTransaction transaction, int cases, double dueFraction, DateOnly today)
    {
        var random = new Random(20261122);
        var officers = new[] { Personas.SendOfficer.Id, Personas.SecondSendOfficer.Id };
        using var child = Command(connection, transaction,
            "INSERT INTO Children (Id, GivenName, FamilyName, DateOfBirth, Version) VALUES ($id, 'Child', $family, $dob, 0)");
        using var request = Command(connection, transaction,
            """
            INSERT INTO PlacementRequests (Id, Reference, ChildId, Type, ReceivedDate, AssignedOfficerId, Stage, SubmittedAt, LastChangedAt,
              NeedLevels_CognitionAndLearning, NeedLevels_CommunicationAndInteraction, NeedLevels_SensoryAndPhysical, NeedLevels_SocialEmotionalAndMentalHealth, Version)
            VALUES ($id, $reference, $child, 'NewPlan', $received, $officer, $stage, 0, 0, 1, 2, 0, 1, 0)
            """);
        using var preference = Command(connection, transaction,
            "INSERT INTO PlacementRequestPreferences (PlacementRequestId, Rank, Kind, ProvisionKind, Reasons) VALUES ($id, 1, 'TypeOfProvision', $provision, 'Near home.')");
        using var decided = Command(connection, transaction,
            "INSERT INTO PlacementRequestStageChanges (PlacementRequestId, Sequence, \"From\", \"To\", Transition, At, By) VALUES ($id, 1, 'ReadyForPanel', 'Decided', 'RecordDecision', $at, 'panel-chair')");
        using var clock = Command(connection, transaction,
            "INSERT INTO CaseClocks (PlacementRequestId, RequestType, ReceivedDate, ChildId, ChildDateOfBirth, SeeksSpecialistProvision, DecidedOn, ExceptionApplies, Version) VALUES ($id, 'NewPlan', $received, $child, $dob, $specialist, $decided, $exception, 0)");
        using var milestone = Command(connection, transaction,
            """
            INSERT INTO CaseMilestones (Id, PlacementRequestId, Kind, Slot, StartedOn, DueDate, MetOn, NotApplicable, DependsOnWorkingDays, ExceptionApplies,
              ExceptionReasons, IsOpen, DaysTaken, MetWithinLimit, NextReminderOn)
            VALUES ($id, $case, $kind, '', $started, $due, $met, 0, 0, $exception, '', $open, $days, $within, $next)
            """);

        for (var i = 0; i < cases; i++)
        {
            var childId = Id();
            var caseId = Id();
            var received = today.AddDays(-random.Next(1, 730));
            var dob = received.AddYears(-random.Next(4, 16));
            var isDecided = random.Next(10) < 3;
            var exception = random.Next(20) == 0;

            Run(child, ("$id", childId), ("$family", "F" + i.ToString(CultureInfo.InvariantCulture)), ("$dob", Text(dob)));
            Run(request, ("$id", caseId), ("$reference", $"PR-{received.Year}-{i + 1:D6}"), ("$child", childId), ("$received", Text(received)),
                ("$officer", officers[i % 2]), ("$stage", isDecided ? "Decided" : "Evidence"));
            var specialist = random.Next(5) != 0;
            Run(preference, ("$id", caseId), ("$provision", specialist ? "SpecialSchool" : "Mainstream"));
            DateOnly? decidedOn = null;
            if (isDecided)
            {
                decidedOn = received.AddDays(random.Next(30, 200));
                Run(decided, ("$id", caseId), ("$at", BinaryOf(new DateTimeOffset(decidedOn.Value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))));
            }

            Run(clock, ("$id", caseId), ("$received", Text(received)), ("$child", childId), ("$dob", Text(dob)), ("$specialist", specialist ? 1 : 0),
                ("$decided", decidedOn is { } on ? Text(on) : DBNull.Value), ("$exception", exception ? 1 : 0));
            foreach (var kind in Kinds)
            {
                var started = received;
                var due = received.AddDays(random.Next(14, 200));
                var met = random.Next(2) == 0 ? started.AddDays(random.Next(1, 250)) : (DateOnly?)null;
                var open = met is null;
                DateOnly? next = open && random.NextDouble() < dueFraction ? today.AddDays(-random.Next(0, 3)) : open ? today.AddDays(random.Next(1, 60)) : null;
                Run(milestone, ("$id", Id()), ("$case", caseId), ("$kind", kind.ToString()), ("$started", Text(started)), ("$due", Text(due)),
                    ("$met", met is { } m ? Text(m) : DBNull.Value), ("$exception", exception ? 1 : 0), ("$open", open ? 1 : 0),
                    ("$days", met is { } d ? d.DayNumber - started.DayNumber : DBNull.Value),
                    ("$within", met is { } w ? (w <= due ? 1 : 0) : DBNull.Value),
                    ("$next", next is { } n ? Text(n) : DBNull.Value));
            }
        }
    }

    private static string Id() => Guid.NewGuid().ToString().ToUpperInvariant();

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>EF Core's SQLite form of a date-time-offset (the DateTimeOffsetToBinaryConverter).</summary>
    private static long BinaryOf(DateTimeOffset value) =>
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
