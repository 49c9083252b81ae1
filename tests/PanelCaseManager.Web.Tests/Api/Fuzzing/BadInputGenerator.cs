using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Web.Tests.Api.Fuzzing;

/// <summary>What a generated request does wrong (or, for <see cref="None"/>, nothing: a plausible request, to reach deeper).</summary>
internal enum Mutation
{
    None,
    WrongType,
    NullInArray,
    HugeString,
    BidiAndControlCharacters,
    ImpossibleDate,
    NumberAtItsLimit,
    UnknownEnumValue,
    MalformedJson,
    WrongMediaType,
    EmptyOrOddRoot,
    ExtraAndDuplicateProperties,
    OddQuery,
    OddPathId,
    OddIdempotencyKey,
    ChildNameEverywhere,
}

/// <summary>One request to send, with enough said about it to find it again.</summary>
internal sealed record FuzzRequest(
    int Number,
    string Role,
    string OperationId,
    string Method,
    string PathTemplate,
    string Path,
    string? ContentType,
    byte[]? Body,
    IReadOnlyDictionary<string, string> Headers,
    Mutation Mutation,
    bool RouteMatches)
{
    public string Describe()
    {
        var body = Body is null ? "(no body)" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300)) + (Body.Length > 300 ? $"… ({Body.Length} bytes)" : string.Empty);
        return $"#{Number} {Role} {Method} {Path} [{OperationId}, {Mutation}] Content-Type: {ContentType ?? "(none)"} {body}";
    }
}

/// <summary>
/// Walks the OpenAPI document and makes requests for every operation: first a plausible one from the operation's
/// schemas (with real ids from the <see cref="FuzzWorld"/>), then broken in one of the ways of <see cref="Mutation"/>.
/// The same seed gives the same requests.
/// </summary>
internal sealed class BadInputGenerator
{
    private static readonly string[] BidiAndControl =
        ["\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200F", "\u200E", "\u0000", "\u0007", "\u001B[31m", "\r\n", "\t", "\uFEFF", "\u200B", "\u0085", "\u2028", "\u2029", "\uD800", "\uDFFF", "e\u0301\u0301\u0301", "\U0001F600"];

    private static readonly string[] ImpossibleDates =
        ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "0000-00-00", "0001-01-01", "9999-12-31", "-0001-01-01", "2026-1-1", "31/12/2026", "2026-12-31T25:00:00", "20261231", "2026-W01-1", "", " 2026-01-01", "2026-01-01 ", "２０２６-01-01"];

    private static readonly JsonNode?[] NumberLimits =
    [
        JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue), JsonValue.Create(2147483648L), JsonValue.Create(-2147483649L),
        JsonValue.Create(long.MaxValue), JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1.5), JsonValue.Create(-0.0),
        JsonValue.Create(1e308), JsonValue.Create(-1e308), JsonValue.Create(5e-324), JsonValue.Create(double.MaxValue), JsonValue.Create(decimal.MaxValue),
        JsonValue.Create(9007199254740993m), JsonValue.Create(79228162514264337593543950336.0),
    ];

    private static readonly string[] OddMediaTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/json; charset=latin1", "text/csv", "application/octet-stream", "application/problem+json", "application/merge-patch+json", "*/*", "json", "",
    ];

    private readonly JsonElement _document;
    private readonly FuzzWorld _world;
    private readonly Random _random;
    private readonly List<Operation> _operations;
    private readonly IReadOnlyList<string> _roles;
    private readonly List<string> _usedKeys = [];

    private readonly Func<string, string, bool> _allowed;

    /// <param name="allowed">Whether a role (by name) may call an operation (by operationId) at all.</param>
    public BadInputGenerator(JsonElement document, FuzzWorld world, IReadOnlyList<string> roles, Func<string, string, bool> allowed, int seed)
    {
        _document = document;
        _world = world;
        _roles = roles;
        _allowed = allowed;
        _random = new Random(seed);
        _operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => new Operation(path.Name, op.Name.ToUpperInvariant(), op.Value)))
            .Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<string> OperationIds => _operations.Select(o => o.Id).ToList();

    /// <summary>
    /// Request number n: every operation in turn. A quarter of the time as the next of all the roles, so each meets
    /// every role, signed out included; otherwise as a role that may call it, so the input reaches the use case.
    /// </summary>
    public FuzzRequest Next(int number)
    {
        var operation = _operations[number % _operations.Count];
        var allowed = _roles.Where(r => _allowed(operation.Id, r)).ToList();
        var role = _random.Next(4) == 0 || allowed.Count == 0 ? _roles[number / _operations.Count % _roles.Count] : Pick(allowed);
        var mutation = PickMutation(operation);
        var childName = mutation == Mutation.ChildNameEverywhere;

        var routeMatches = true;
        var path = PathFor(operation, role, mutation, childName, ref routeMatches);
        var query = QueryFor(operation, mutation, childName);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (operation.Parameters.Any(p => p.In == "header" && p.Name == "Idempotency-Key"))
        {
            headers["Idempotency-Key"] = IdempotencyKey(mutation);
        }

        var (contentType, body) = BodyFor(operation, mutation, childName);
        return new FuzzRequest(number, role, operation.Id, operation.Method, operation.Path, path + query, contentType, body, headers, mutation, routeMatches);
    }

    private Mutation PickMutation(Operation operation)
    {
        var roll = _random.Next(100);
        if (roll < 10)
        {
            return Mutation.None;
        }

        var bodyMutations = new[]
        {
            Mutation.WrongType, Mutation.NullInArray, Mutation.HugeString, Mutation.BidiAndControlCharacters, Mutation.ImpossibleDate,
            Mutation.NumberAtItsLimit, Mutation.UnknownEnumValue, Mutation.MalformedJson, Mutation.WrongMediaType, Mutation.EmptyOrOddRoot,
            Mutation.ExtraAndDuplicateProperties, Mutation.ChildNameEverywhere,
        };
        var other = new List<Mutation> { Mutation.OddQuery, Mutation.OddPathId, Mutation.ChildNameEverywhere };
        if (operation.Parameters.Any(p => p.Name == "Idempotency-Key"))
        {
            other.Add(Mutation.OddIdempotencyKey);
        }

        return operation.Body is not null && roll < 80 ? Pick(bodyMutations) : Pick(other);
    }

    private string PathFor(Operation operation, string role, Mutation mutation, bool childName, ref bool routeMatches)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var schema = Resolve(parameter.Schema);
            var format = Format(schema);
            var type = Type(schema);
            string value;
            if (mutation == Mutation.OddPathId && _random.Next(3) > 0)
            {
                value = format == "uuid" ? Pick([Guid.Empty.ToString(), NewGuid().ToString(), NewGuid().ToString("N"), AnyIdOfAnotherKind().ToString()])
                    : type == "integer" ? Pick(["0", "-1", "2147483647", "-2147483648", "99999"])
                    : Pick(["..", "%2e%2e%2f", "a%2Fb", new string('x', 2000), "%E2%80%AE" + "evil", "null", "undefined", "%20", "0", Uri.EscapeDataString(Pick(_world.ChildNames)), "admin'--"]);
                // A made-up text id may not reach the operation at all ("..", an encoded slash): only its answer's status is checked.
                routeMatches &= format == "uuid" || type == "integer";
            }
            else if (childName && format != "uuid" && type != "integer")
            {
                value = Uri.EscapeDataString(Pick(_world.ChildNames));
            }
            else
            {
                value = format == "uuid" ? IdFor(parameter.Name, path, role).ToString()
                    : type == "integer" ? _random.Next(1, 4).ToString(CultureInfo.InvariantCulture)
                    : parameter.Name switch
                    {
                        "outcome" => Pick(["agree-named-setting", "name-another-setting", "AgreeNamedSetting", "defer", "refuse", "unknown-outcome"]),
                        // Not the accounts the fuzzer signs in with: closing one would turn the rest of the run into 403s.
                        "id" => Uri.EscapeDataString(Pick(_world.Users.Except(_world.FuzzAccounts).ToList())),
                        _ => "value",
                    };
            }

            path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private string QueryFor(Operation operation, Mutation mutation, bool childName)
    {
        var parts = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            if (_random.Next(3) == 0 && mutation != Mutation.OddQuery && !childName)
            {
                continue;
            }

            var schema = Resolve(parameter.Schema);
            string value;
            if (mutation == Mutation.OddQuery && _random.Next(2) == 0)
            {
                value = Pick(["abc", "", "-1", "0", "2147483648", "99999999999999999999", "1.5", "true", "null", "2026-02-30", "9999-12-31", "%E2%80%AE", new string('q', 5000), "NaN", "[]", "{}"]);
            }
            else if (childName && Type(schema) == "string" && Format(schema) is null)
            {
                value = Uri.EscapeDataString(Pick(_world.ChildNames));
            }
            else
            {
                value = Uri.EscapeDataString(Scalar(parameter.Name, schema)?.ToString() ?? string.Empty);
            }

            parts.Add($"{parameter.Name}={value}");
            if (mutation == Mutation.OddQuery && _random.Next(4) == 0)
            {
                parts.Add($"{parameter.Name}={Uri.EscapeDataString(Scalar(parameter.Name, schema)?.ToString() ?? "x")}");
            }
        }

        if (mutation == Mutation.OddQuery && _random.Next(3) == 0)
        {
            parts.Add("unknown=" + Uri.EscapeDataString(Pick(BidiAndControl)));
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private string IdempotencyKey(Mutation mutation)
    {
        if (mutation == Mutation.OddIdempotencyKey)
        {
            return _random.Next(4) switch
            {
                0 when _usedKeys.Count > 0 => Pick(_usedKeys),
                1 => new string('k', 5000),
                2 => "  ",
                _ => "ключ-" + NewGuid().ToString("N")[..6],
            };
        }

        var key = NewGuid().ToString();
        if (_usedKeys.Count < 200)
        {
            _usedKeys.Add(key);
        }

        return key;
    }

    private (string? ContentType, byte[]? Body) BodyFor(Operation operation, Mutation mutation, bool childName)
    {
        if (operation.Body is not { } body)
        {
            // Some clients send a body where none is asked for.
            return mutation == Mutation.WrongMediaType ? ("application/json", "{\"x\":1}"u8.ToArray()) : (null, null);
        }

        var (mediaType, schema) = body;
        if (mediaType == "multipart/form-data")
        {
            return MultipartBody(schema, mutation, childName);
        }

        if (mediaType == "text/csv")
        {
            return CsvBody(mutation, childName);
        }

        var node = Instance(schema, name: null, depth: 0, childName);
        switch (mutation)
        {
            case Mutation.WrongType:
                Replace(node, current => current switch
                {
                    JsonObject => Pick<JsonNode?>([JsonValue.Create("an object"), new JsonArray(), JsonValue.Create(1)]),
                    JsonArray => Pick<JsonNode?>([new JsonObject(), JsonValue.Create("a list"), JsonValue.Create(3)]),
                    JsonValue v when v.GetValueKind() == JsonValueKind.String => Pick<JsonNode?>([JsonValue.Create(42), JsonValue.Create(true), new JsonArray(JsonValue.Create("x")), new JsonObject { ["value"] = "x" }]),
                    JsonValue v when v.GetValueKind() == JsonValueKind.Number => Pick<JsonNode?>([JsonValue.Create("12"), JsonValue.Create(true), new JsonArray()]),
                    _ => Pick<JsonNode?>([JsonValue.Create("true"), JsonValue.Create(1), new JsonObject()]),
                });
                break;
            case Mutation.NullInArray:
                if (!AddNullToAnArray(node))
                {
                    Replace(node, _ => null);
                }

                break;
            case Mutation.HugeString:
                Replace(node, _ => JsonValue.Create(Huge()), strings: true);
                break;
            case Mutation.BidiAndControlCharacters:
                Replace(node, current => JsonValue.Create(Pick(BidiAndControl) + (current is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "text") + Pick(BidiAndControl)), strings: true);
                break;
            case Mutation.ImpossibleDate:
                Replace(node, _ => JsonValue.Create(Pick(ImpossibleDates)), dates: true);
                break;
            case Mutation.NumberAtItsLimit:
                Replace(node, _ => Pick(NumberLimits)?.DeepClone(), numbers: true);
                break;
            case Mutation.UnknownEnumValue:
                Replace(node, current => Pick<JsonNode?>([JsonValue.Create("NotAValue"), JsonValue.Create(string.Empty), JsonValue.Create(99), JsonValue.Create(1), JsonValue.Create("1"), JsonValue.Create(" NewPlan"), JsonValue.Create("new_plan")]), enums: true);
                break;
            case Mutation.ExtraAndDuplicateProperties:
                if (node is JsonObject extra)
                {
                    extra["unexpected"] = new JsonObject { ["deep"] = new JsonArray(1, "two", null) };
                    extra["$type"] = "System.Object";
                    extra["__proto__"] = new JsonObject { ["admin"] = true };
                    var text = node.ToJsonString();
                    var first = extra.FirstOrDefault();
                    return ("application/json", Encoding.UTF8.GetBytes(first.Key is null ? text : text[..^1] + $",\"{first.Key}\":{(first.Value?.ToJsonString() ?? "null")}}}"));
                }

                break;
            case Mutation.MalformedJson:
                return ("application/json", Malformed(node?.ToJsonString() ?? "{}"));
            case Mutation.WrongMediaType:
                return (Pick(OddMediaTypes) is { Length: > 0 } odd ? odd : null, Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "{}"));
            case Mutation.EmptyOrOddRoot:
                return ("application/json", Encoding.UTF8.GetBytes(Pick(["", " ", "null", "[]", "0", "\"text\"", "true", "{}", "[{}]", "\n\n"])));
        }

        return ("application/json", Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"));
    }

    private (string? ContentType, byte[]? Body) MultipartBody(JsonElement schema, Mutation mutation, bool childName)
    {
        var boundary = "fuzz" + _random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var form = Resolve(schema);
        foreach (var property in form.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : [])
        {
            if (property.Name == "file")
            {
                continue;
            }

            if (_random.Next(4) == 0 && mutation != Mutation.None)
            {
                continue;
            }

            var value = mutation switch
            {
                Mutation.ImpossibleDate when Format(Resolve(property.Value)) == "date" => Pick(ImpossibleDates),
                Mutation.UnknownEnumValue => Pick(["NotAValue", "99", "1", string.Empty]),
                Mutation.HugeString => Huge(),
                Mutation.BidiAndControlCharacters => Pick(BidiAndControl) + "text",
                Mutation.WrongType => Pick(["{\"a\":1}", "[1,2]", "true", "12"]),
                _ when childName => Pick(_world.ChildNames),
                _ => Scalar(property.Name, Resolve(property.Value))?.ToString() ?? string.Empty,
            };
            text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{property.Name}\"\r\n\r\n{value}\r\n");
        }

        var head = Encoding.UTF8.GetBytes(text.ToString());
        var fileName = Pick(["advice.pdf", "advice.docx", "photo.png", "photo.jpg", "advice.exe", "../../etc/passwd", "\u202Efdp.exe", string.Empty, Pick(_world.ChildNames) + ".pdf"]);
        var content = _random.Next(5) switch
        {
            0 => "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray(),
            1 => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0],
            2 => [],
            3 => RandomBytes(_random.Next(1, 4096)),
            _ => Encoding.UTF8.GetBytes("MZ this is not what it says it is"),
        };
        var file = mutation == Mutation.NullInArray
            ? []
            : Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n").Concat(content).Concat("\r\n"u8.ToArray()).ToArray();
        var end = Encoding.UTF8.GetBytes(mutation == Mutation.MalformedJson ? $"--{boundary}\r\nContent-Disposition: form-data; name=\"trunc" : $"--{boundary}--\r\n");
        var bytes = head.Concat(file).Concat(end).ToArray();
        return mutation switch
        {
            Mutation.WrongMediaType => (Pick(["application/json", "multipart/form-data", "multipart/mixed; boundary=" + boundary, "text/plain"]), bytes),
            Mutation.EmptyOrOddRoot => ($"multipart/form-data; boundary={boundary}", []),
            _ => ($"multipart/form-data; boundary={boundary}", bytes),
        };
    }

    private (string? ContentType, byte[]? Body) CsvBody(Mutation mutation, bool childName)
    {
        var header = "urn,name,phase,lowest_age,highest_age,kind,sector,s41_approved,in_authority_area,postcode,latitude,longitude,commissioned_places,places_filled,annual_cost";
        var rows = new List<string> { mutation == Mutation.MalformedJson ? "urn;name\"" : header };
        for (var i = 0; i < _random.Next(0, 4); i++)
        {
            var urn = mutation == Mutation.None ? Pick(_world.SettingUrns) : Pick(["", "x", "999999", "=1+1", "-2", "@SUM(A1)", Pick(_world.SettingUrns)]);
            var name = childName ? Pick(_world.ChildNames) : mutation == Mutation.HugeString ? Huge() : mutation == Mutation.BidiAndControlCharacters ? Pick(BidiAndControl) + "School" : "Fuzz School";
            rows.Add(string.Join(',', urn, $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", Pick(["Primary", "Secondary", "AllThrough", "Nope", ""]),
                Pick(["4", "-1", "2147483648", "x"]), Pick(["11", "19", "0"]), Pick(["SpecialSchool", "Mainstream", "NotAKind"]), Pick(_world.SectorCodes.Append("no-such-sector").ToArray()),
                Pick(["true", "false", "maybe"]), Pick(["true", "false", ""]), Pick(["SG1 2AB", "not a postcode", ""]), Pick(["51.9", "91", "NaN"]), Pick(["-0.2", "181", "1e308"]),
                Pick(["100", "-5", "99999999999"]), Pick(["50", "200", ""]), Pick(["12345.67", "-1", "1e30", "£5"])));
        }

        var text = string.Join("\r\n", rows);
        var bytes = mutation == Mutation.EmptyOrOddRoot ? [] : Encoding.UTF8.GetBytes(text);
        if (mutation == Mutation.WrongType)
        {
            bytes = RandomBytes(512);
        }

        return (mutation == Mutation.WrongMediaType ? Pick(OddMediaTypes) : "text/csv", bytes);
    }

    /// <summary>A plausible value for the schema: real ids, dates near the test date, the enum's own values.</summary>
    private JsonNode? Instance(JsonElement schema, string? name, int depth, bool childName)
    {
        schema = Resolve(schema);
        if (depth > 6 || schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var options = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return options.Count == 0 ? null : JsonNode.Parse(Pick(options).GetRawText());
        }

        switch (Type(schema))
        {
            case "object":
                var result = new JsonObject();
                foreach (var property in schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : [])
                {
                    if (_random.Next(12) == 0)
                    {
                        continue;
                    }

                    result[property.Name] = Instance(property.Value, property.Name, depth + 1, childName);
                }

                return result;
            case "array":
                var array = new JsonArray();
                var count = _random.Next(0, 3) + 1;
                for (var i = 0; i < count && schema.TryGetProperty("items", out var items); i++)
                {
                    array.Add(Instance(items, Singular(name), depth + 1, childName));
                }

                return array;
            default:
                return childName && Type(schema) == "string" && Format(schema) is null ? JsonValue.Create(Pick(_world.ChildNames)) : Scalar(name, schema);
        }
    }

    private JsonNode? Scalar(string? name, JsonElement schema)
    {
        var format = Format(schema);
        var type = Type(schema);
        var lower = name?.ToLowerInvariant() ?? string.Empty;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values))
        {
            var options = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return options.Count == 0 ? null : JsonNode.Parse(Pick(options).GetRawText());
        }

        return type switch
        {
            "string" when format == "uuid" => JsonValue.Create(IdFor(name ?? string.Empty, string.Empty).ToString()),
            "string" when format == "date" => JsonValue.Create(TestClock.Today.AddDays(_random.Next(-400, 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "string" when format == "date-time" => JsonValue.Create(TestClock.DefaultNow.AddDays(_random.Next(-30, 30)).ToString("O", CultureInfo.InvariantCulture)),
            "string" => JsonValue.Create(TextFor(lower)),
            "integer" => JsonValue.Create(lower.Contains("version", StringComparison.Ordinal) ? _random.Next(0, 3) : lower == "rank" ? _random.Next(1, 4) : lower.Contains("year", StringComparison.Ordinal) ? 2026 : _random.Next(0, 6)),
            "number" => JsonValue.Create(lower switch
            {
                "latitude" => 51.9,
                "longitude" => -0.2,
                _ => Math.Round(_random.NextDouble() * 20000, 2),
            }),
            "boolean" => JsonValue.Create(_random.Next(2) == 0),
            _ => null,
        };
    }

    private string TextFor(string name) => name switch
    {
        "persona" or "assignedofficerid" or "chairid" or "userid" or "memberids" or "memberid" or "officer" or "presentmemberids" => Pick(_world.Users),
        "casereference" => Pick(_world.CaseReferences),
        "postcode" => Pick(["SG1 2AB", "AL1 3JE", "EN8 7AB"]),
        "urn" or "settingurn" => Pick(_world.SettingUrns),
        "sector" or "sectorcode" => Pick(_world.SectorCodes),
        "primaryneed" or "secondaryneed" or "need" => Pick(["ASD", "SLCN", "SEMH", "MLD", "SPLD"]),
        "email" => "parent@example.com",
        "team" => Pick(["North", "South"]),
        "format" => Pick(["csv", "json", "pdf", "html"]),
        "stage" => Pick(["Received", "Evidence", "ReadyForPanel"]),
        "sort" => Pick(["received", "-received", "reference"]),
        _ => Pick(["Small classes, close to home.", "Reasons given by the panel.", "A", "Advice from the educational psychologist.", "Ms Parent"]),
    };

    private Guid IdFor(string name, string path, string? role = null)
    {
        var lower = name.ToLowerInvariant();
        var aboutACase = lower is "caseid" or "placementrequestid"
                         || (lower == "id" && (path.Contains("/placement-requests/", StringComparison.Ordinal) || path.Contains("/family/cases/", StringComparison.Ordinal)));
        if (aboutACase && role is not null && _world.VisibleCases.TryGetValue(role, out var visible) && visible.Count > 0 && _random.Next(10) < 7)
        {
            return Pick(visible);
        }

        IReadOnlyList<Guid> pool = lower switch
        {
            "caseid" or "placementrequestid" => _world.Cases,
            "childid" => _world.Children,
            "panelid" => _world.Panels,
            "decisionid" or "supersedesdecisionid" => _world.Decisions,
            "letterid" => _world.Letters,
            "evidenceid" => _world.Evidence,
            "advicerequestid" => _world.AdviceRequests,
            "consultationid" => _world.Consultations,
            "settingid" => _world.Settings,
            "sectorid" => _world.Sectors,
            "id" when path.Contains("/placement-requests/", StringComparison.Ordinal) || path.Contains("/family/cases/", StringComparison.Ordinal) => _world.Cases,
            "id" when path.Contains("/panels/", StringComparison.Ordinal) => _world.Panels,
            "id" when path.Contains("/decisions/", StringComparison.Ordinal) => _world.Decisions,
            "id" when path.Contains("/letters/", StringComparison.Ordinal) => _world.Letters,
            "id" when path.Contains("/sector-profiles/", StringComparison.Ordinal) => _world.Sectors,
            "id" when path.Contains("/settings/", StringComparison.Ordinal) => _world.Settings,
            _ => [],
        };
        return pool.Count == 0 || _random.Next(10) == 0 ? NewGuid() : Pick(pool);
    }

    private Guid AnyIdOfAnotherKind()
    {
        var pools = new[] { _world.Cases, _world.Panels, _world.Decisions, _world.Letters, _world.Evidence, _world.Settings, _world.Children }.Where(p => p.Count > 0).ToList();
        return pools.Count == 0 ? NewGuid() : Pick(Pick(pools));
    }

    /// <summary>A made-up id from the seed, so that the same seed makes the same requests.</summary>
    private Guid NewGuid() => new(RandomBytes(16));

    /// <summary>Changes one value of the kind asked for (any value, strings, dates, numbers or enums), chosen at random.</summary>
    private void Replace(JsonNode? root, Func<JsonNode?, JsonNode?> replacement, bool strings = false, bool dates = false, bool numbers = false, bool enums = false)
    {
        var candidates = new List<(JsonNode Parent, object Key, JsonNode? Value)>();
        Collect(root, candidates);
        var matching = candidates.Where(c => Matches(c.Value)).ToList();
        if (matching.Count == 0)
        {
            matching = candidates;
        }

        if (matching.Count == 0)
        {
            return;
        }

        var times = _random.Next(1, Math.Min(3, matching.Count) + 1);
        for (var i = 0; i < times; i++)
        {
            var (parent, key, value) = Pick(matching);
            var replaced = replacement(value);
            if (parent is JsonObject o)
            {
                o[(string)key] = replaced;
            }
            else if (parent is JsonArray a)
            {
                a[(int)key] = replaced;
            }
        }

        bool Matches(JsonNode? value)
        {
            var isString = value is JsonValue v && v.GetValueKind() == JsonValueKind.String;
            var text = isString ? value!.GetValue<string>() : string.Empty;
            return (!strings && !dates && !numbers && !enums)
                   || (strings && isString)
                   || (dates && isString && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                   || (numbers && value is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
                   || (enums && isString && text.Length > 1 && char.IsUpper(text[0]) && !text.Contains(' ', StringComparison.Ordinal));
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode Parent, object Key, JsonNode? Value)> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    into.Add((o, key, value));
                    Collect(value, into);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    into.Add((a, i, a[i]));
                    Collect(a[i], into);
                }

                break;
        }
    }

    private bool AddNullToAnArray(JsonNode? root)
    {
        var candidates = new List<(JsonNode Parent, object Key, JsonNode? Value)>();
        Collect(root, candidates);
        var arrays = candidates.Select(c => c.Value).OfType<JsonArray>().ToList();
        if (arrays.Count == 0)
        {
            return false;
        }

        var array = Pick(arrays);
        array.Insert(_random.Next(array.Count + 1), null);
        return true;
    }

    private byte[] Malformed(string json) => _random.Next(9) switch
    {
        0 => Encoding.UTF8.GetBytes(json[..Math.Max(0, _random.Next(json.Length))]),
        1 => Encoding.UTF8.GetBytes(json + "}"),
        2 => Encoding.UTF8.GetBytes(json.Replace('"', '\'')),
        3 => Encoding.UTF8.GetBytes(json.Length > 2 ? json[..^1] + ",}" : "{,}"),
        4 => Encoding.UTF8.GetBytes("/* comment */" + json),
        5 => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
        6 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)],
        7 => [0xC3, 0x28, 0xA0, 0xA1, .. Encoding.UTF8.GetBytes(json)],
        _ => Encoding.UTF8.GetBytes("{\"a\":" + new string('1', 400) + "}"),
    };

    private string Huge() => _random.Next(20) == 0
        ? new string('x', 1_000_000)
        : string.Concat(Enumerable.Repeat(Pick(["a", "é", "\U0001F600", "e\u0301", "<script>", "'; DROP TABLE \"Children\"; --"]), 65_537 / 4));

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return schema;
        }

        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = _document.GetProperty("components").GetProperty("schemas").GetProperty(name);
                continue;
            }

            foreach (var combinator in new[] { "oneOf", "anyOf" })
            {
                if (schema.TryGetProperty(combinator, out var branches))
                {
                    var notNull = branches.EnumerateArray().Where(b => !(b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")).ToList();
                    schema = notNull.Count > 0 ? Pick(notNull) : branches[0];
                    goto next;
                }
            }

            return schema;
        next:;
        }

        return schema;
    }

    private static string? Type(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private sealed class Operation
    {
        public Operation(string path, string method, JsonElement operation)
        {
            Path = path;
            Method = method;
            Id = operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method} {path}";
            Parameters = operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Select(p => new Parameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                : [];
            if (operation.TryGetProperty("requestBody", out var requestBody))
            {
                var content = requestBody.GetProperty("content").EnumerateObject().First();
                Body = (content.Name, content.Value.TryGetProperty("schema", out var schema) ? schema : default);
            }
        }

        public string Path { get; }

        public string Method { get; }

        public string Id { get; }

        public IReadOnlyList<Parameter> Parameters { get; }

        public (string MediaType, JsonElement Schema)? Body { get; }
    }

    private sealed record Parameter(string Name, string In, JsonElement Schema);
}
