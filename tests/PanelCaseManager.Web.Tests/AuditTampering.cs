using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PanelCaseManager.Application.Audit;

namespace PanelCaseManager.Web.Tests;

/// <summary>What someone who can write to the database, but holds no audit key, can do to the trail.</summary>
internal static class AuditTampering
{
    /// <summary>
    /// Changes who did the last <paramref name="lastEvents"/> events, relinks them with plain SHA-256 as the earlier
    /// version did, and moves the chain's head to match, forgetting where keyed links began.
    /// </summary>
    public static async Task RewriteTailPlainlyAsync(string connectionString, int lastEvents)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var events = new List<(long Sequence, long At, string UserId, string? Role, string Action, string Kind, string? CaseId, string? PanelId, string Outcome, string PreviousHash)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Sequence, OccurredAt, UserId, Role, Action, Kind, CaseId, PanelId, Outcome, PreviousHash FROM AuditEvents ORDER BY Sequence";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                events.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8), reader.GetString(9)));
            }
        }

        var converter = new DateTimeOffsetToBinaryConverter();
        var sql = new StringBuilder();
        var tail = events.TakeLast(lastEvents).ToList();
        var previous = tail[0].PreviousHash;
        foreach (var e in tail)
        {
            var at = (DateTimeOffset)converter.ConvertFromProvider(e.At)!;
            var hash = AuditEvent.PlainSha256(e.Sequence, at, "someone-else", e.Role, e.Action, e.Kind, e.CaseId is null ? null : Guid.Parse(e.CaseId), e.PanelId is null ? null : Guid.Parse(e.PanelId), e.Outcome, previous);
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE AuditEvents SET UserId = 'someone-else', KeyId = NULL, PreviousHash = '{previous}', Hash = '{hash}' WHERE Sequence = {e.Sequence};");
            previous = hash;
        }

        sql.Append(CultureInfo.InvariantCulture, $"UPDATE AuditChainHeads SET LastHash = '{previous}', KeyedFromSequence = NULL;");
        await using var write = connection.CreateCommand();
        write.CommandText = sql.ToString();
        await write.ExecuteNonQueryAsync();
    }
}
