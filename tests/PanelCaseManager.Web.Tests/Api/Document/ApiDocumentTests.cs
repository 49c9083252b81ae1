using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;
using NJsonSchema.CodeGeneration.CSharp;

namespace PanelCaseManager.Web.Tests.Api.Document;

/// <summary>
/// The OpenAPI document at /openapi/v1.json is exact enough to generate a client from: every operation is named,
/// summarised and lists every answer it can give; every type has its own schema; and a C# client generated from the
/// document alone compiles. (Every body the web tests send is checked against it too: RequestBodyConformance.)
/// </summary>
public class ApiDocumentTests
{
    private static readonly string[] ProblemStatuses = ["400", "401", "403", "404", "409", "415", "422", "429", "500"];

    private PanelWebApplicationFactory _factory = null!;
    private string _json = null!;
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _factory = new PanelWebApplicationFactory();
        using var client = _factory.CreateClient();
        _json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        _document = JsonDocument.Parse(_json).RootElement.Clone();
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    private IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name, op.Value)));

    [Test]
    public void Every_operation_has_a_unique_operation_id_and_a_summary()
    {
        var operations = Operations().ToList();
        operations.Should().HaveCountGreaterThan(80);

        operations.Where(o => !o.Operation.TryGetProperty("operationId", out _)).Select(o => $"{o.Method} {o.Path}")
            .Should().BeEmpty("every endpoint is named with WithName(\"UseCase\"), which becomes its operationId");
        operations.Where(o => !o.Operation.TryGetProperty("summary", out var s) || string.IsNullOrWhiteSpace(s.GetString())).Select(o => $"{o.Method} {o.Path}")
            .Should().BeEmpty("every endpoint says what it does with WithSummary");
        operations.GroupBy(o => o.Operation.GetProperty("operationId").GetString()).Where(g => g.Count() > 1).Select(g => g.Key)
            .Should().BeEmpty();
    }

    [Test]
    public void Every_operation_lists_the_problems_it_can_answer_with_as_problem_details()
    {
        var missing = new List<string>();
        foreach (var (path, method, operation) in Operations())
        {
            var responses = operation.GetProperty("responses");
            var statuses = responses.EnumerateObject().Select(r => r.Name).ToHashSet();
            var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            var secured = !path.StartsWith("/dev/", StringComparison.Ordinal);

            Expect(statuses.Contains("500"), "500");
            Expect(statuses.Any(s => s.StartsWith('2')), "a 2xx answer");
            Expect(!secured || statuses.Contains("401"), "401");
            Expect(!parameters.Any(x => x.GetProperty("in").GetString() == "path") || statuses.Contains("404"), "404 (it names something in its path)");
            Expect(!operation.TryGetProperty("requestBody", out _) || (statuses.Contains("400") && statuses.Contains("415")), "400 and 415 (it takes a body)");
            Expect(!parameters.Any(x => x.GetProperty("name").GetString() == "Idempotency-Key") || statuses.Contains("422"), "422 (it takes an Idempotency-Key)");

            foreach (var problem in responses.EnumerateObject().Where(r => ProblemStatuses.Contains(r.Name)))
            {
                var content = problem.Value.GetProperty("content");
                Expect(content.TryGetProperty("application/problem+json", out var media)
                       && media.GetProperty("schema").GetProperty("$ref").GetString()!.EndsWith(problem.Name == "400" ? "/HttpValidationProblemDetails" : "/ProblemDetails", StringComparison.Ordinal),
                    $"{problem.Name} as problem details");
            }

            void Expect(bool condition, string what)
            {
                if (!condition)
                {
                    missing.Add($"{method.ToUpperInvariant()} {path}: {what}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Test]
    public void An_operation_whose_body_names_a_child_the_caller_may_not_see_declares_not_found()
    {
        // Found by the generated bad input: another team's childId is "not found" (IChildScoped), which was undeclared.
        var operation = Operations().Single(o => o.Operation.GetProperty("operationId").GetString() == "SubmitPlacementRequest").Operation;

        var notFound = operation.GetProperty("responses").GetProperty("404");

        notFound.GetProperty("description").GetString().Should().Be("Something it names does not exist, or you may not see it.");
        notFound.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()
            .Should().Be("#/components/schemas/ProblemDetails");
    }

    [TestCase("SubmitPlacementRequest", "SubmitPlacementRequestCommand")]
    [TestCase("RequestAdvice", "RequestAdviceCommand")]
    [TestCase("RecordCaseView", "RecordCaseViewCommand")]
    [TestCase("RecordPreferences", "RecordPreferencesCommand")]
    [TestCase("StartConsultation", "StartConsultationCommand")]
    [TestCase("ScheduleMeeting", "ScheduleMeetingCommand")]
    [TestCase("AddToAgenda", "AddToAgendaCommand")]
    [TestCase("RecordAttendance", "RecordAttendanceCommand")]
    [TestCase("DeclareConflict", "DeclareConflictCommand")]
    [TestCase("RecordAgencyView", "RecordAgencyViewCommand")]
    [TestCase("RecordDecision", "RecordDecisionCommand")]
    [TestCase("AdoptTermsOfReference", "AdoptTermsOfReferenceCommand")]
    [TestCase("ImportBankHolidays", "ImportBankHolidaysCommand")]
    [TestCase("CreateUser", "CreateUserCommand")]
    [TestCase("CreateSectorProfile", "CreateSectorProfileCommand")]
    [TestCase("AddSetting", "AddSettingCommand")]
    [TestCase("WithdrawPlacementRequest", "MoveStageRequest")]
    public void Each_operation_sends_the_body_of_its_own_use_case(string operationId, string schema)
    {
        var operation = Operations().Single(o => o.Operation.GetProperty("operationId").GetString() == operationId).Operation;

        var body = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

        body.GetProperty("$ref").GetString().Should().Be($"#/components/schemas/{schema}");
    }

    [Test]
    public void Every_schema_name_stands_for_one_type_and_no_name_is_left_ambiguous()
    {
        var names = _document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();

        names.Should().NotContain(["Command", "Query", "Result", "Summary", "Details", "View", "IFormFile"]);
        names.Should().Contain(["SubmitPlacementRequestCommand", "SubmitPlacementRequestResult", "GetDecisionDetails", "ListPlacementRequestsSummary"]);
    }

    [Test]
    public void A_client_generated_from_the_document_alone_compiles()
    {
        var document = NSwag.OpenApiDocument.FromJsonAsync(_json).GetAwaiter().GetResult();
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "PanelCaseManagerClient",
            GenerateClientInterfaces = true,
            UseBaseUrl = false,
            CSharpGeneratorSettings = { Namespace = "Integrator.PanelCaseManager", JsonLibrary = CSharpJsonLibrary.SystemTextJson, DateType = "System.DateOnly" },
        };
        var code = new CSharpClientGenerator(document, settings).GenerateFile();

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "GeneratedClient",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);

        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty();
        emitted.Success.Should().BeTrue();
        var client = Assembly.Load(assembly.ToArray()).GetType("Integrator.PanelCaseManager.IPanelCaseManagerClient")!;
        client.GetMethods().Select(m => m.Name).Should().Contain(["SubmitPlacementRequestAsync", "RecordDecisionAsync", "WithdrawPlacementRequestAsync", "RecordFamilyContactAsync"]);
    }
}
