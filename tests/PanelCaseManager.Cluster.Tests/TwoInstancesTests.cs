using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace PanelCaseManager.Cluster.Tests;

/// <summary>
/// Two instances of the service on one PostgreSQL database and one blob container behave as one, and survive an
/// instance killed, the database server stopped and the storage service stopped. The faults come last, in order.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed partial class TwoInstancesTests
{
    private Cluster _cluster = null!;

    [OneTimeSetUp]
    public async Task StartBothInstancesAtOnce()
    {
        if (!Cluster.ServicesAreRunning)
        {
            throw new InvalidOperationException("PostgreSQL and Azurite are not running: scripts/test.sh starts them for these tests (PCM_TEST_SERVICES, PCM_TEST_POSTGRES, PCM_TEST_AZURITE).");
        }

        _cluster = await Cluster.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopBothInstances()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Test]
    [Order(1)]
    public async Task Two_instances_starting_at_once_on_an_empty_database_migrate_it_once_and_are_both_ready()
    {
        var applied = await _cluster.QueryAsync<long>("""SELECT count(*) FROM "__EFMigrationsHistory" """);
        var distinct = await _cluster.QueryAsync<long>("""SELECT count(DISTINCT "MigrationId") FROM "__EFMigrationsHistory" """);
        var personas = await _cluster.QueryAsync<long>("""SELECT count(*) FROM "Users" """);

        applied.Should().BePositive().And.Be(distinct);
        personas.Should().Be(PanelCaseManager.Infrastructure.DemoData.Personas.All.Count, "the personas are loaded once, by whichever instance went first");
        _cluster.Instances.Count(i => i.Log.Any(line => line.Contains("database migration(s)", StringComparison.Ordinal)))
            .Should().Be(1, "only the instance that held the start-up lock found migrations to apply");
        foreach (var instance in _cluster.Instances)
        {
            using var client = new HttpClient { BaseAddress = instance.BaseAddress };
            var response = await client.GetAsync("/health/ready");
            response.StatusCode.Should().Be(HttpStatusCode.OK, instance.Name);
            var entries = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries");
            entries.GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
            entries.GetProperty("document-store").GetProperty("status").GetString().Should().Be("Healthy");
        }
    }

    [Test]
    [Order(2)]
    public async Task A_document_uploaded_through_one_instance_downloads_through_the_other()
    {
        using var onA = await Cluster.ClientAsync(_cluster.A, "send-officer");
        using var onB = await Cluster.ClientAsync(_cluster.B, "send-officer");
        var caseId = await Submissions.CreatedIdAsync(await onA.SendAsync(Submissions.Submit("Documents", $"documents-{Guid.NewGuid():N}")));
        var content = Submissions.Pdf($"advice {Guid.NewGuid()}");

        var uploaded = await onA.PostAsync($"/api/v1/placement-requests/{caseId}/evidence", Submissions.Evidence(content));
        uploaded.StatusCode.Should().Be(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var evidenceId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var downloaded = await onB.GetAsync($"/api/v1/placement-requests/{caseId}/evidence/{evidenceId}/content");

        downloaded.StatusCode.Should().Be(HttpStatusCode.OK);
        (await downloaded.Content.ReadAsByteArrayAsync()).Should().Equal(content);
    }

    [Test]
    [Order(3)]
    public async Task An_idempotent_request_retried_against_the_other_instance_gets_the_first_answer()
    {
        using var onA = await Cluster.ClientAsync(_cluster.A, "send-officer");
        using var onB = await Cluster.ClientAsync(_cluster.B, "send-officer");
        var key = $"retry-{Guid.NewGuid():N}";

        var first = await Submissions.CreatedIdAsync(await onA.SendAsync(Submissions.Submit("Retried", key)));
        var retried = await Submissions.CreatedIdAsync(await onB.SendAsync(Submissions.Submit("Retried", key)));

        retried.Should().Be(first);

        var racingKey = $"race-{Guid.NewGuid():N}";
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
            await Submissions.CreatedIdAsync(await (i % 2 == 0 ? onA : onB).SendAsync(Submissions.Submit("Raced", racingKey)))));

        racing.Distinct().Should().ContainSingle("the same request sent to both instances at once is one request");
        (await _cluster.QueryAsync<long>("""SELECT count(*) FROM "Children" WHERE "FamilyName" IN ('Retried', 'Raced')""")).Should().Be(2);
    }

    [Test]
    [Order(4)]
    public async Task A_session_started_on_one_instance_is_signed_in_on_the_other()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browserOnA = new HttpClient(handler, disposeHandler: false) { BaseAddress = _cluster.A.BaseAddress };
        using var browserOnB = new HttpClient(handler, disposeHandler: false) { BaseAddress = _cluster.B.BaseAddress };
        using var strangerOnB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _cluster.B.BaseAddress };

        await SignInAsync(browserOnA, "send-officer");

        var worklistOnB = await browserOnB.GetAsync("/worklist");
        var strangersWorklist = await strangerOnB.GetAsync("/worklist");

        worklistOnB.StatusCode.Should().Be(HttpStatusCode.OK, "instance B reads the session cookie instance A made, with the keys both keep in the database");
        (await worklistOnB.Content.ReadAsStringAsync()).Should().Contain("Amira Khan");
        strangersWorklist.StatusCode.Should().Be(HttpStatusCode.Redirect);
        strangersWorklist.Headers.Location!.ToString().Should().Contain("/sign-in");
    }

    [Test]
    [Order(5)]
    public async Task Both_instances_sweeping_ten_thousand_due_reminders_send_each_exactly_once()
    {
        const int milestones = 10_000;
        const int cases = 100;
        using var onA = await Cluster.ClientAsync(_cluster.A, "send-officer");
        for (var i = 0; i < cases; i += 10)
        {
            await Task.WhenAll(Enumerable.Range(i, 10).Select(async n =>
                await Submissions.CreatedIdAsync(await onA.SendAsync(Submissions.Submit("Reminded", $"reminded-{n}-{Guid.NewGuid():N}")))));
        }

        // Ten thousand deadlines five days away whose reminder is due today, spread over the hundred cases.
        var today = Submissions.Iso(Submissions.Today);
        await _cluster.ExecuteAsync($"""
            INSERT INTO "CaseMilestones" ("Id", "PlacementRequestId", "Kind", "Agency", "Slot", "StartedOn", "DueDate", "MetOn", "NotApplicable",
              "DependsOnWorkingDays", "ExceptionApplies", "ExceptionReasons", "IsOpen", "DaysTaken", "MetWithinLimit", "NextReminderOn")
            SELECT gen_random_uuid(), c."Id", 'AgencyAdvice', NULL, 'load-' || g, DATE '{today}' - 30, DATE '{today}' + 5, NULL, false,
              false, false, '', true, NULL, NULL, DATE '{today}'
            FROM generate_series(0, {milestones - 1}) AS g
            JOIN (SELECT p."Id", row_number() OVER (ORDER BY p."Id") - 1 AS n
                  FROM "PlacementRequests" p JOIN "Children" ch ON ch."Id" = p."ChildId" WHERE ch."FamilyName" = 'Reminded') AS c
              ON c.n = g % {cases}
            """);

        // As an operator does from the dashboard: run the recurring sweep now, several times over, so that the job
        // servers of both instances pick sweeps up and run them side by side.
        var storageOptions = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(_cluster.ConnectionString, storageOptions), storageOptions);
        var jobs = new RecurringJobManager(storage);
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(6);
        var remaining = long.MaxValue;
        var serversThatSwept = 0L;
        for (var round = 0; DateTime.UtcNow < until && (remaining > 0 || serversThatSwept < 2); round++)
        {
            if (round % 20 == 0 && (remaining > 0 || serversThatSwept < 2) && round < 200)
            {
                for (var i = 0; i < 4; i++)
                {
                    jobs.Trigger("reminder-sweep");
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            remaining = await _cluster.QueryAsync<long>($"""SELECT count(*) FROM "CaseMilestones" WHERE "Slot" LIKE 'load-%' AND "NextReminderOn" <= DATE '{today}'""");
            serversThatSwept = await _cluster.QueryAsync<long>("""
                SELECT count(DISTINCT (s.data::jsonb) ->> 'ServerId') FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
                WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%ReminderSweepJob%'
                """);
        }

        var running = await _cluster.QueryAsync<long>("""SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing') AND invocationdata::text LIKE '%ReminderSweepJob%'""");
        for (var wait = 0; wait < 120 && running > 0; wait++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            running = await _cluster.QueryAsync<long>("""SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing') AND invocationdata::text LIKE '%ReminderSweepJob%'""");
        }

        remaining.Should().Be(0, "every due reminder is swept");
        serversThatSwept.Should().Be(2, "both instances' job servers swept");
        (await _cluster.QueryAsync<long>("""
            SELECT count(*) FROM "ReminderDeliveries" d JOIN "CaseMilestones" m ON m."Id" = d."MilestoneId" WHERE m."Slot" LIKE 'load-%'
            """)).Should().Be(milestones, "one delivery per milestone and step");
        (await _cluster.QueryAsync<long>("""
            SELECT count(*) FROM "Notifications" n JOIN "PlacementRequests" p ON p."Id" = n."PlacementRequestId" JOIN "Children" ch ON ch."Id" = p."ChildId"
            WHERE ch."FamilyName" = 'Reminded' AND n."Kind" = 'deadline-reminder'
            """)).Should().Be(milestones, "each reminder is written to the outbox exactly once");
    }

    [Test]
    [Order(6)]
    public async Task Killing_an_instance_under_twenty_clients_loses_nothing_that_was_acknowledged()
    {
        var clients = await ClientsOnBothAsync(20);
        var kill = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(4));
            _cluster.A.Kill();
        });

        var outcomes = await Load.SubmitAsync(20, TimeSpan.FromSeconds(10), c => clients[c], "Killed");
        await kill;
        _cluster.A.Start();
        await _cluster.A.WaitUntilListeningAsync(TimeSpan.FromMinutes(2));

        // A client that had no answer tries again, with the same key, on the instance that is left.
        using var onB = await Cluster.ClientAsync(_cluster.B, "send-officer");
        var unanswered = outcomes.Where(o => o.Status is null).ToList();
        var retried = new List<Guid>();
        foreach (var outcome in unanswered)
        {
            retried.Add(await Submissions.CreatedIdAsync(await onB.SendAsync(Submissions.Submit("Killed", outcome.Key))));
        }

        var acknowledged = outcomes.Where(o => o.Id is not null).Select(o => o.Id!.Value).ToList();
        outcomes.Should().NotContain(o => o.Status == HttpStatusCode.InternalServerError);
        acknowledged.Should().NotBeEmpty();
        unanswered.Should().NotBeEmpty("requests were in flight to the instance that was killed");
        var stored = await _cluster.QueryAsync<long>(
            $"""SELECT count(*) FROM "PlacementRequests" WHERE "Id" IN ({string.Join(", ", acknowledged.Select(id => $"'{id}'"))})""");
        stored.Should().Be(acknowledged.Count, "every acknowledged request was committed");
        (await _cluster.QueryAsync<long>("""SELECT count(*) FROM "PlacementRequests" p JOIN "Children" ch ON ch."Id" = p."ChildId" WHERE ch."FamilyName" = 'Killed'"""))
            .Should().Be(acknowledged.Concat(retried).Distinct().Count(), "a retried request is never created twice");
        await AuditTrailIsIntactAsync();
        await NothingIsHalfWrittenAsync();
    }

    [Test]
    [Order(7)]
    public async Task Stopping_the_database_server_under_load_answers_503_with_retry_after_and_writes_nothing_by_halves()
    {
        var clients = await ClientsOnBothAsync(20);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = _cluster.A.BaseAddress };
        await SignInAsync(browser, "send-officer");
        JsonElement? readinessDuringOutage = null;
        HttpResponseMessage? pageDuringOutage = null;
        var fault = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Cluster.ServiceAsync("postgres", "pause");
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                using var probe = new HttpClient { BaseAddress = _cluster.A.BaseAddress };
                var ready = await probe.GetAsync("/health/ready");
                ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
                readinessDuringOutage = await ready.Content.ReadFromJsonAsync<JsonElement>();
                pageDuringOutage = await browser.GetAsync("/worklist");
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
            finally
            {
                await Cluster.ServiceAsync("postgres", "resume");
            }
        });

        var outcomes = await Load.SubmitAsync(20, TimeSpan.FromSeconds(10), c => clients[c], "Outage");
        await fault;
        foreach (var instance in _cluster.Instances)
        {
            await Cluster.WaitUntilReadyAsync(instance, TimeSpan.FromMinutes(1));
        }

        outcomes.Select(o => o.Status).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.ServiceUnavailable,
            "a request the database could not take is 503, never 500");
        outcomes.Should().Contain(o => o.Status == HttpStatusCode.ServiceUnavailable);
        outcomes.Where(o => o.Status == HttpStatusCode.ServiceUnavailable).Should().OnlyContain(o => o.RetryAfter);
        readinessDuringOutage!.Value.GetProperty("entries").GetProperty("database").GetProperty("status").GetString().Should().Be("Unhealthy");
        pageDuringOutage!.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a page that cannot reach the database says so, not 500");
        pageDuringOutage.Headers.RetryAfter.Should().NotBeNull();
        (await pageDuringOutage.Content.ReadAsStringAsync()).Should().Contain("Sorry, the service is unavailable");
        readinessDuringOutage.Value.GetProperty("entries").GetProperty("document-store").GetProperty("status").GetString().Should().Be("Healthy");
        var acknowledged = outcomes.Where(o => o.Id is not null).Select(o => o.Id!.Value).ToList();
        acknowledged.Should().NotBeEmpty();
        (await _cluster.QueryAsync<long>($"""SELECT count(*) FROM "PlacementRequests" WHERE "Id" IN ({string.Join(", ", acknowledged.Select(id => $"'{id}'"))})"""))
            .Should().Be(acknowledged.Count);
        await AuditTrailIsIntactAsync();
        await NothingIsHalfWrittenAsync();
    }

    [Test]
    [Order(8)]
    public async Task Stopping_the_storage_service_during_uploads_fails_them_cleanly_and_nothing_refers_to_a_missing_document()
    {
        using var onA = await Cluster.ClientAsync(_cluster.A, "send-officer");
        using var onB = await Cluster.ClientAsync(_cluster.B, "send-officer");
        var caseId = await Submissions.CreatedIdAsync(await onA.SendAsync(Submissions.Submit("Uploads", $"uploads-{Guid.NewGuid():N}")));
        var statuses = new System.Collections.Concurrent.ConcurrentBag<(HttpStatusCode Status, bool RetryAfter)>();
        JsonElement? readinessDuringOutage = null;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var fault = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Cluster.ServiceAsync("azurite", "pause");
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                using var probe = new HttpClient { BaseAddress = _cluster.B.BaseAddress };
                var ready = await probe.GetAsync("/health/ready");
                ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
                readinessDuringOutage = await ready.Content.ReadFromJsonAsync<JsonElement>();
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
            finally
            {
                await Cluster.ServiceAsync("azurite", "resume");
            }
        });

        await Task.WhenAll(Enumerable.Range(0, 10).Select(client => Task.Run(async () =>
        {
            for (var n = 0; DateTime.UtcNow < until; n++)
            {
                using var response = await (n % 2 == 0 ? onA : onB).PostAsync(
                    $"/api/v1/placement-requests/{caseId}/evidence", Submissions.Evidence(Submissions.Pdf($"upload {client}-{n} {Guid.NewGuid()}")));
                statuses.Add((response.StatusCode, response.Headers.RetryAfter is not null));
            }
        })));
        await fault;
        await Cluster.WaitUntilReadyAsync(_cluster.A, TimeSpan.FromMinutes(1));

        statuses.Select(s => s.Status).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.ServiceUnavailable);
        statuses.Should().Contain(s => s.Status == HttpStatusCode.ServiceUnavailable);
        statuses.Where(s => s.Status == HttpStatusCode.ServiceUnavailable).Should().OnlyContain(s => s.RetryAfter);
        readinessDuringOutage!.Value.GetProperty("entries").GetProperty("document-store").GetProperty("status").GetString().Should().Be("Unhealthy");
        readinessDuringOutage.Value.GetProperty("entries").GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
        var evidence = (await onB.GetFromJsonAsync<JsonElement>($"/api/v1/placement-requests/{caseId}/evidence")).GetProperty("documents").EnumerateArray()
            .Select(e => e.GetProperty("id").GetGuid()).ToList();
        evidence.Should().HaveCount(statuses.Count(s => s.Status == HttpStatusCode.Created), "a refused upload left no record");
        foreach (var id in evidence)
        {
            (await onB.GetAsync($"/api/v1/placement-requests/{caseId}/evidence/{id}/content")).StatusCode.Should().Be(HttpStatusCode.OK, "every record's document is there");
        }
    }

    [TestCase("Sqlite", "is not a Sqlite connection string")]
    [TestCase("MongoDb", "Database:Provider is 'MongoDb', which this service does not support")]
    [Order(9)]
    public async Task An_instance_given_a_connection_string_for_another_provider_refuses_to_start_saying_why(string provider, string expected)
    {
        var settings = _cluster.Environment(_cluster.ConnectionString, _cluster.Files);
        settings["Database__Provider"] = provider;
        using var misconfigured = new AppInstance($"misconfigured-{provider}", settings);

        misconfigured.Start();
        var exitCode = await misconfigured.WaitForExitAsync(TimeSpan.FromMinutes(1));

        exitCode.Should().NotBe(0);
        string.Join('\n', misconfigured.Log).Should().Contain(expected);
    }

    [Test]
    [Order(10)]
    public async Task A_migration_job_migrates_once_and_replicas_that_do_not_migrate_start_on_its_database()
    {
        var database = $"pcm_cluster_job_{Guid.NewGuid():N}";
        await _cluster.ExecuteAsync($"CREATE DATABASE \"{database}\"");
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Database = database }.ConnectionString;
        var files = Path.Combine(Path.GetTempPath(), "panelcasemanager-cluster", database);
        var replica = _cluster.Environment(connectionString, files);
        replica["Database__MigrateOnStartup"] = "false";
        try
        {
            using (var job = new AppInstance("migration-job", replica, ["migrate"]))
            {
                job.Start();
                (await job.WaitForExitAsync(TimeSpan.FromMinutes(2))).Should().Be(0, string.Join('\n', job.Log));
                job.Log.Should().Contain(line => line.Contains("database migration(s)", StringComparison.Ordinal));
                job.Log.Should().NotContain(line => line.Contains("Now listening on", StringComparison.Ordinal), "the job serves nothing");
            }

            using var replicaInstance = new AppInstance("replica", replica);
            replicaInstance.Start();
            await replicaInstance.WaitUntilListeningAsync(TimeSpan.FromMinutes(2));
            await Cluster.WaitUntilReadyAsync(replicaInstance, TimeSpan.FromMinutes(1));
            replicaInstance.Log.Should().NotContain(line => line.Contains("database migration(s)", StringComparison.Ordinal));
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await _cluster.ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            if (Directory.Exists(files))
            {
                Directory.Delete(files, recursive: true);
            }
        }
    }

    /// <summary>Signs a browser in through the development sign-in page, as a person does, keeping the session cookie.</summary>
    private static async Task SignInAsync(HttpClient browser, string persona)
    {
        var signInPage = await browser.GetStringAsync("/sign-in");
        var token = AntiforgeryToken().Match(signInPage).Groups["token"].Value;
        var signedIn = await browser.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = persona,
            ["returnUrl"] = "/worklist",
            ["__RequestVerificationToken"] = token,
        }));
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
    }

    private async Task<List<IReadOnlyList<HttpClient>>> ClientsOnBothAsync(int count)
    {
        var clients = new List<IReadOnlyList<HttpClient>>();
        for (var i = 0; i < count; i++)
        {
            clients.Add([await Cluster.ClientAsync(_cluster.A, "send-officer"), await Cluster.ClientAsync(_cluster.B, "send-officer")]);
        }

        return clients;
    }

    private async Task AuditTrailIsIntactAsync()
    {
        using var auditor = await Cluster.ClientAsync(_cluster.B, "auditor");
        var verdict = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        verdict.GetProperty("intact").GetBoolean().Should().BeTrue(verdict.ToString());
    }

    /// <summary>Every case has its child, its statutory clock and its audit event: a submission commits whole or not at all.</summary>
    private async Task NothingIsHalfWrittenAsync()
    {
        (await _cluster.QueryAsync<long>("""
            SELECT count(*) FROM "PlacementRequests" p
            WHERE NOT EXISTS (SELECT 1 FROM "CaseClocks" c WHERE c."PlacementRequestId" = p."Id")
               OR NOT EXISTS (SELECT 1 FROM "Children" ch WHERE ch."Id" = p."ChildId")
               OR NOT EXISTS (SELECT 1 FROM "AuditEvents" a WHERE a."CaseId" = p."Id")
            """)).Should().Be(0);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
