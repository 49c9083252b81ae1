using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Infrastructure.ReferenceData;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Persistence;

/// <summary>
/// The migration that adds the primary needs a sector serves fills them in for every existing profile version: the
/// default catalogue's sectors as their profiles now say, any other sector from the broad areas it is designed for.
/// </summary>
public class ServedNeedsBackfillTests
{
    private const string MigrationBefore = "20261207091852_AccessScopeAndAuditedLists";

    private static readonly string AllNeeds = string.Join(",", Sen2Catalogue.England2025.All.Select(n => n.Code).Order(StringComparer.Ordinal));

    [Test]
    public async Task Existing_profile_versions_get_the_primary_needs_they_serve()
    {
        using var database = TestDatabase.CreateEmpty();
        await using (var db = database.OpenContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
        }

        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var sector in DefaultSectors.All)
            {
                var content = sector.Content;
                await InsertAsync(connection, sector.Code, content.Name,
                    Minimum(content, BroadAreaOfNeed.CommunicationAndInteraction), Minimum(content, BroadAreaOfNeed.CognitionAndLearning),
                    Minimum(content, BroadAreaOfNeed.SocialEmotionalAndMentalHealth), Minimum(content, BroadAreaOfNeed.SensoryAndPhysical));
            }

            // Councils' own sectors: designed for communication (2–4); for nothing in particular; for learning and sensory needs.
            await InsertAsync(connection, "autism-base", "Autism base", 2, 0, 0, null);
            await InsertAsync(connection, "inclusion-hub", "Inclusion hub", 0, 0, null, 0);
            await InsertAsync(connection, "sensory-learning", "Sensory and learning", 0, 1, 0, 2);
        }

        await using (var db = database.OpenContext())
        {
            await db.Database.MigrateAsync();
            var served = (await db.Sectors.AsNoTracking().ToListAsync()).ToDictionary(s => s.Code, s => string.Join(",", s.Versions.Single().ServedNeeds));

            foreach (var sector in DefaultSectors.All)
            {
                served[sector.Code].Should().Be(string.Join(",", sector.Content.ServedNeeds), $"the default profile of {sector.Code} serves these");
            }

            served["hearing-impairment"].Should().Be("HI");
            served["non-maintained-sensory"].Should().Be("MSI,VI");
            served["autism-base"].Should().Be("ASD,SLCN");
            served["inclusion-hub"].Should().Be(AllNeeds);
            served["sensory-learning"].Should().Be("DS,HI,MLD,MSI,OTH,PD,PMLD,SLD,SPLD,VI");
        }
    }

    private static int? Minimum(Domain.Provision.SectorProfileContent content, BroadAreaOfNeed area) => content.RangeFor(area)?.Minimum;

    private static async Task InsertAsync(SqliteConnection connection, string code, string name, int? communication, int? cognition, int? semh, int? sensory)
    {
        var id = Guid.NewGuid().ToString().ToUpperInvariant();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "Sectors" ("Id", "Code", "Name", "Kind", "Version") VALUES ($id, $code, $name, 'SpecialSchool', 0);
            INSERT INTO "SectorProfileVersions" ("Number", "SectorId", "Status", "Name", "CoOccurringNeeds", "CreatedBy", "CreatedAt", "LastEditedAt",
                "CommunicationAndInteractionMinimum", "CommunicationAndInteractionMaximum", "CognitionAndLearningMinimum", "CognitionAndLearningMaximum",
                "SocialEmotionalAndMentalHealthMinimum", "SocialEmotionalAndMentalHealthMaximum", "SensoryAndPhysicalMinimum", "SensoryAndPhysicalMaximum")
            VALUES (1, $id, 'Published', $name, '', 'administrator', '2026-11-01 10:00:00+00:00', '2026-11-01 10:00:00+00:00',
                $ci, CASE WHEN $ci IS NULL THEN NULL ELSE 4 END, $cl, CASE WHEN $cl IS NULL THEN NULL ELSE 4 END,
                $semh, CASE WHEN $semh IS NULL THEN NULL ELSE 4 END, $sp, CASE WHEN $sp IS NULL THEN NULL ELSE 4 END);
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$code", code);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$ci", (object?)communication ?? DBNull.Value);
        command.Parameters.AddWithValue("$cl", (object?)cognition ?? DBNull.Value);
        command.Parameters.AddWithValue("$semh", (object?)semh ?? DBNull.Value);
        command.Parameters.AddWithValue("$sp", (object?)sensory ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }
}
