using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Benchmarks.PlacementRequests;

/// <summary>
/// Reading one case by id against raw SELECTs of the same data (the case with its child and officer, its preferences,
/// needs and stage changes), materialised into objects, on the same file holding 2,000 cases: the handler alone (EF
/// Core), and the whole pipeline, which adds the policy, the case-access check and the audit record of the read.
/// </summary>
[MemoryDiagnoser]
public class ReadPlacementRequestBenchmarks
{
    private BenchmarkHost _host = null!;
    private SqliteConnection _raw = null!;
    private Guid _id;

    [GlobalSetup]
    public async Task Setup()
    {
        _host = new BenchmarkHost();
        for (var i = 0; i < 2_000; i++)
        {
            var created = await _host.Send(Personas.SendOfficer, A.PlacementRequest());
            if (i == 1_000)
            {
                _id = created.Id;
                await _host.Send(Personas.SendOfficer, new MoveStage.Command(_id, Domain.PlacementRequests.StageTransition.StartEvidence, 0, null, null, null));
            }
        }

        _raw = new SqliteConnection(_host.Database.ConnectionString);
        await _raw.OpenAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _raw.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw SELECTs of the same case, materialised")]
    public async Task<object> RawSelect()
    {
        var id = _id.ToString().ToUpperInvariant();
        object[]? row = null;
        await using (var command = Command("""
            SELECT p.Id, p.Reference, p.Version, p.Type, p.Stage, p.ReceivedDate, p.SubmittedAt,
                   c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.Upn, c.HomePostcode, c.HomeLatitude, c.HomeLongitude, c.CurrentSetting,
                   p.NeedLevels_CommunicationAndInteraction, p.NeedLevels_CognitionAndLearning, p.NeedLevels_SocialEmotionalAndMentalHealth, p.NeedLevels_SensoryAndPhysical,
                   p.AssignedOfficerId, u.DisplayName
            FROM PlacementRequests p JOIN Children c ON c.Id = p.ChildId JOIN Users u ON u.Id = p.AssignedOfficerId
            WHERE p.Id = $id
            """, id))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                row = new object[reader.FieldCount];
                reader.GetValues(row);
            }
        }

        var preferences = await ReadAll("SELECT Rank, Kind, SettingName, SettingUrn, ProvisionKind, Reasons FROM PlacementRequestPreferences WHERE PlacementRequestId = $id ORDER BY Rank", id);
        var needs = await ReadAll("SELECT Rank, Code FROM PlacementRequestNeeds WHERE PlacementRequestId = $id ORDER BY Rank", id);
        var changes = await ReadAll("""
            SELECT s.Sequence, s."From", s."To", s.Transition, s.At, u.DisplayName, s.Reason, s.Trigger, s.TriggerDate
            FROM PlacementRequestStageChanges s LEFT JOIN Users u ON u.Id = s.By
            WHERE s.PlacementRequestId = $id ORDER BY s.Sequence
            """, id);
        return (row!, preferences, needs, changes);
    }

    [Benchmark(Description = "GetPlacementRequest's handler alone: EF Core query and projection, no pipeline")]
    public Task<GetPlacementRequest.Details> HandlerAlone() =>
        _host.Direct<GetPlacementRequest.Handler, GetPlacementRequest.Details>(Personas.SendOfficer, h => h.Handle(new GetPlacementRequest.Query(_id), CancellationToken.None).AsTask());

    [Benchmark(Description = "GetPlacementRequest through the pipeline (access check, audit of the read) and EF Core")]
    public Task<GetPlacementRequest.Details> Pipeline() => _host.Send(Personas.SendOfficer, new GetPlacementRequest.Query(_id));

    private SqliteCommand Command(string sql, string id)
    {
        var command = _raw.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return command;
    }

    private async Task<List<object[]>> ReadAll(string sql, string id)
    {
        var rows = new List<object[]>();
        await using var command = Command(sql, id);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }
}
