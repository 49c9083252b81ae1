using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Microsoft.Extensions.Options;

namespace PanelCaseManager.Infrastructure.Letters;

/// <summary>
/// Letter wording in Liquid syntax (Scriban's Liquid mode). Sandboxed: a template reads only the placeholders of
/// <see cref="LetterTemplateModel"/> and uses only if/unless/case/for and a few text filters; anything else —
/// assignments, captures, includes, indexers, functions — is refused when the template is saved, with its line.
/// Every fill-in (the save-time check, a preview, a letter) runs within <see cref="LetterTemplateLimits"/>: loop
/// iterations per loop and in all, nesting, output size and time (docs/adr/0123).
/// </summary>
public sealed class LetterTemplateEngine : ILetterTemplateEngine
{
    private const int CacheLimit = 64;

    private static readonly HashSet<string> AllowedFilters = new(StringComparer.Ordinal) { "upcase", "downcase", "capitalize", "default", "size", "strip" };

    private static readonly HashSet<string> AllowedNodes = new(StringComparer.Ordinal)
    {
        nameof(ScriptPage), nameof(ScriptBlockStatement), "ScriptList`1", nameof(ScriptRawStatement), nameof(ScriptEscapeStatement),
        nameof(ScriptExpressionStatement), nameof(ScriptNestedExpression), nameof(ScriptToken), nameof(ScriptKeyword), nameof(ScriptLiteral),
        nameof(ScriptIfStatement), nameof(ScriptElseStatement), nameof(ScriptEndStatement), nameof(ScriptForStatement), nameof(ScriptCaseStatement),
        nameof(ScriptWhenStatement), nameof(ScriptBinaryExpression), nameof(ScriptUnaryExpression), nameof(ScriptMemberExpression),
        nameof(ScriptVariableGlobal), "ScriptVariableLoop", nameof(ScriptPipeCall), nameof(ScriptFunctionCall), nameof(ScriptNopStatement),
    };

    /// <summary>What the law requires every letter to say, as the placeholders that carry it.</summary>
    private static readonly (string Path, string Why)[] AlwaysRequired =
    [
        ("reasons", "the reasons for the decision"),
        ("sendiass.name", "the information, advice and support service (SENDIASS)"),
        ("sendiass.telephone", "how to contact SENDIASS"),
    ];

    private static readonly (string Path, string Why)[] DisagreementResolution =
    [
        ("disagreement_resolution.name", "the disagreement resolution service"),
        ("disagreement_resolution.telephone", "how to contact the disagreement resolution service"),
    ];

    /// <summary>A panel's decision: what happens next, every preference not agreed, and when the right of appeal arises (never a deadline of its own).</summary>
    private static readonly (string Path, string Why)[] RequiredInDecisions =
    [
        ("next_steps", "what happens next"),
        ("appeal_route", "when the family's right of appeal will arise"),
        ("refused_preferences", "each preference not agreed, with its grounds and reasons"),
    ];

    /// <summary>A notice: the right of appeal, its time limit and last day, and mediation (statutory-framework.md §3).</summary>
    private static readonly (string Path, string Why)[] RequiredInNotices =
    [
        ("appeal.about", "what the family can appeal"),
        ("appeal.deadline", "the last date to appeal to the Tribunal"),
        ("appeal.time_limit", "the time limit for appealing"),
        ("mediation.rule", "when a mediation certificate is needed before appealing"),
        ("mediation.certificate", "that a certificate is given whether or not the family takes part in mediation"),
        ("mediation.name", "the mediation adviser"),
        ("mediation.telephone", "how to contact the mediation adviser"),
        ("mediation.contact_period", "how long the family has to contact the mediation adviser"),
    ];

    /// <summary>The last day to appeal: only a notice gives it, counted from the notice's own date (HESC Rules r.20).</summary>
    private const string NoticeOnlyDeadline = "appeal.deadline";

    internal const string PanelLetterGivesNoDeadline =
        "A panel's letter must not use {{ appeal.deadline }}: the right of appeal, and its last day, come with the notice sent with the final plan or a refusal. Use {% case appeal_route %} to say when the right of appeal will arise.";

    /// <summary>The placeholders a letter for this outcome must use, with what each gives the family.</summary>
    private static List<(string Path, string Why)> RequiredFor(LetterOutcome outcome)
    {
        var required = new List<(string Path, string Why)>(AlwaysRequired);
        if (!outcome.IsNotice())
        {
            required.AddRange(outcome == LetterOutcome.DeferForEvidence
                ? [("next_steps", "what happens next"), ("missing_evidence", "the evidence the panel still needs"), ("next_decision.date", "when the decision will be made")]
                : [.. RequiredInDecisions, .. DisagreementResolution]);
        }
        else
        {
            required.AddRange([.. RequiredInNotices, .. DisagreementResolution]);
        }

        if (outcome.IsPlanNotice())
        {
            required.AddRange([("named_in_plan", "the school, college or type the plan names"), ("refused_preferences", "each preference not agreed, with its grounds and reasons")]);
        }

        if (outcome is LetterOutcome.NameAnotherSetting or LetterOutcome.NameTypeAndConsult or LetterOutcome.Decline || outcome.IsPlanNotice())
        {
            required.Add(("mainstream.reasons", "the reasons about mainstream education (section 33)"));
        }

        return required;
    }

    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ScriptObject _complete;
    private readonly Shape _shape;
    private readonly LetterSettings _sampleSettings;
    private readonly LetterTemplateLimits _limits;

    /// <summary>An engine with the default limits.</summary>
    public LetterTemplateEngine()
        : this(Options.Create(new LetterTemplateLimits()))
    {
    }

    public LetterTemplateEngine(IOptions<LetterTemplateLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits.Value;
        _sampleSettings = new LetterSettings(Options.Create(SampleOptions()));
        _complete = LetterTemplateModel.From(SampleLetterModel.Complete(_sampleSettings, DefaultLetterTemplates.WrittenAt.ToDateOnly()));
        _shape = Shape.Of(_complete);
    }

    public IReadOnlyList<TemplateField> Fields(DecisionLetterModel sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var fields = FieldsOf(_complete, LetterTemplateModel.From(sample), prefix: string.Empty);

        // A panel's letter may not state an appeal deadline (it belongs to the notice), so its editor does not offer one.
        return sample.Outcome.IsNotice() ? fields : fields.Where(f => f.Placeholder != NoticeOnlyDeadline).ToList();
    }

    /// <summary>
    /// The placeholders under <paramref name="structure"/> (a model with every part filled, so none is missed), with the
    /// examples <paramref name="example"/> holds where it has them.
    /// </summary>
    private static List<TemplateField> FieldsOf(ScriptObject structure, ScriptObject? example, string prefix)
    {
        var fields = new List<TemplateField>();
        foreach (var (name, value) in structure.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var exampleValue = example is not null && example.TryGetValue(name, out var found) ? found : null;
            switch (value)
            {
                case ScriptObject members:
                    fields.AddRange(FieldsOf(members, exampleValue as ScriptObject, $"{prefix}{name}."));
                    break;
                case ScriptArray list:
                    var exampleList = exampleValue as ScriptArray;
                    var items = list.Count > 0 && list[0] is ScriptObject item
                        ? FieldsOf(item, exampleList is { Count: > 0 } && exampleList[0] is ScriptObject first ? first : null, "item.")
                        : [];
                    var count = exampleList?.Count ?? 0;
                    fields.Add(new TemplateField($"{prefix}{name}", count == 1 ? "1 item" : string.Create(CultureInfo.InvariantCulture, $"{count} items"), true, items));
                    break;
                default:
                    fields.Add(new TemplateField($"{prefix}{name}", ExampleText(exampleValue), false, []));
                    break;
            }
        }

        return fields;
    }

    private static string ExampleText(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public IReadOnlyList<TemplateProblem> Validate(LetterOutcome outcome, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > _limits.MaximumCharacters)
        {
            return [new TemplateProblem(null, LetterTemplateLimits.TooLong(body.Length, _limits.MaximumCharacters))];
        }

        var template = Template.ParseLiquid(body);
        if (template.HasErrors)
        {
            return template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => new TemplateProblem(LineOf(m.Span, body), m.Message))
                .ToList();
        }

        var checker = new Checker(_shape, _limits.MaximumNesting);
        checker.Visit(template.Page);
        var problems = checker.Problems;
        foreach (var (path, why) in RequiredFor(outcome).Where(r => !checker.Used.Contains(r.Path)))
        {
            problems.Add(new TemplateProblem(null, $"The letter must include {{{{ {path} }}}}: it has to give {why}."));
        }

        if (!outcome.IsNotice() && checker.Used.Contains(NoticeOnlyDeadline))
        {
            problems.Add(new TemplateProblem(null, PanelLetterGivesNoDeadline));
        }

        if (problems.Count == 0)
        {
            problems.AddRange(TrialRender(outcome, template, body));
        }

        return problems;
    }

    /// <summary>Fills a template in for a letter; the output is <see cref="LetterMarkup"/>, each value marked as text.</summary>
    internal string Render(LetterTemplateText wording, DecisionLetterModel model)
    {
        if (wording.Body.Length > _limits.MaximumCharacters)
        {
            throw new DomainRuleException(
                "letter-template-failed",
                $"Version {wording.Version} of the {wording.Outcome.Describe().ToLowerInvariant()} letter could not be filled in: {LetterTemplateLimits.TooLong(wording.Body.Length, _limits.MaximumCharacters)}");
        }

        var template = Parse(wording.Body);
        try
        {
            return Fill(template, model);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new DomainRuleException(
                "letter-template-failed",
                $"Version {wording.Version} of the {wording.Outcome.Describe().ToLowerInvariant()} letter could not be filled in (line {LineOf(exception.Span, wording.Body)}): {Explain(exception).Why}");
        }
    }

    private string Fill(Template template, DecisionLetterModel model)
    {
        var context = new MarkingContext(_limits)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = _limits.MaximumIterationsPerLoop,
            RecursiveLimit = _limits.MaximumNesting,
            // The output is bounded by BoundedOutput below; no single value may be longer than the whole letter.
            LimitToString = _limits.MaximumOutputCharacters,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = 0,
        };

        // Wall-clock time, not the service's clock: this guards the processor, whatever date the service believes it is.
        using var deadline = new CancellationTokenSource(_limits.RenderTimeLimit);
        context.CancellationToken = deadline.Token;
        context.PushOutput(new BoundedOutput(context, _limits.MaximumOutputCharacters));
        context.PushGlobal(LetterTemplateModel.From(model));
        return template.Render(context);
    }

    /// <summary>Why filling in stopped, in plain words, and whether it was one of the limits rather than a mistake in the wording.</summary>
    private (bool Limit, string Why) Explain(ScriptRuntimeException exception) => exception switch
    {
        LimitExceededException limit => (true, limit.Plain),
        ScriptAbortException => (true, string.Create(
            CultureInfo.InvariantCulture,
            $"filling it in took longer than {_limits.RenderTimeLimit.TotalSeconds:0.###} seconds, so it was stopped. {LoopAdvice}")),
        _ when exception.OriginalMessage.Contains("LoopLimit", StringComparison.Ordinal) || exception.OriginalMessage.Contains("iteration limit", StringComparison.Ordinal) => (true, string.Create(
            CultureInfo.InvariantCulture,
            $"a loop, with the loops inside it, would repeat more than {_limits.MaximumIterationsPerLoop:N0} times. {LoopAdvice}")),
        _ when exception.OriginalMessage.Contains("recursive depth", StringComparison.Ordinal) => (true, string.Create(
            CultureInfo.InvariantCulture,
            $"it nests conditions and loops more than {_limits.MaximumNesting} deep.")),
        _ => (false, exception.OriginalMessage),
    };

    private const string LoopAdvice = "Loop over the letter's own lists (grounds, preferences, evidence) rather than over ranges of numbers.";

    private IEnumerable<TemplateProblem> TrialRender(LetterOutcome outcome, Template template, string body)
    {
        // Fills the template in for a letter of this outcome with and without a replaced letter, and with every
        // placeholder filled, to catch placeholders used unguarded.
        var date = DefaultLetterTemplates.WrittenAt.ToDateOnly();
        var sample = SampleLetterModel.For(outcome, _sampleSettings, date);
        foreach (var model in new[] { sample, sample with { Replaces = new ReplacedLetter("PR-2026-000123-1", sample.LetterDate) }, SampleLetterModel.Complete(_sampleSettings, date) })
        {
            string? problem = null;
            int line = 0;
            try
            {
                Fill(template, model);
            }
            catch (ScriptRuntimeException exception)
            {
                var (limit, why) = Explain(exception);
                problem = limit ? $"This is more than a letter may do: {why}" : $"This cannot be filled in for every letter: {why}";
                line = LineOf(exception.Span, body) ?? 0;
            }

            if (problem is not null)
            {
                yield return new TemplateProblem(line == 0 ? null : line, problem);
                yield break;
            }
        }
    }

    private Template Parse(string body)
    {
        if (_parsed.TryGetValue(body, out var cached))
        {
            return cached;
        }

        var template = Template.ParseLiquid(body);
        if (template.HasErrors)
        {
            throw new DomainRuleException("letter-template-invalid", $"The letter template cannot be read: {template.Messages[0].Message}");
        }

        if (_parsed.Count >= CacheLimit)
        {
            _parsed.Clear();
        }

        _parsed[body] = template;
        return template;
    }

    private static int? LineOf(SourceSpan span, string body) =>
        span.Start.Line >= 0 ? span.Start.Line + 1 : body.Count(c => c == '\n') + 1;

    private static LetterOptions SampleOptions() => new()
    {
        Authority = new AuthorityOptions { Name = "Sample County Council", AddressLines = ["County Hall"], Telephone = "01234 567890" },
        Sendiass = new ContactOptions { Name = "Sample SENDIASS", Telephone = "01234 000001", Email = "sendiass@example.org", Website = "https://sendiass.example.org" },
        Mediation = new ContactOptions { Name = "Sample Mediation", Telephone = "01234 000002", Email = "mediation@example.org", Website = "https://mediation.example.org" },
        DisagreementResolution = new ContactOptions { Name = "Sample Resolution", Telephone = "01234 000003", Email = "resolve@example.org", Website = "https://resolve.example.org" },
    };

    /// <summary>
    /// Marks every value written into the letter, so that text from the case can never be read as headings, lists or
    /// tables; and counts every loop iteration of the letter against the total the limits allow.
    /// </summary>
    private sealed class MarkingContext(LetterTemplateLimits limits) : LiquidTemplateContext
    {
        private long _iterations;

        protected override bool OnStepLoop(ScriptLoopStatementBase loop)
        {
            if (++_iterations > limits.MaximumIterations)
            {
                throw new LimitExceededException(
                    loop.Span,
                    string.Create(CultureInfo.InvariantCulture, $"its loops would repeat more than {limits.MaximumIterations:N0} times in all. {LoopAdvice}"));
            }

            return base.OnStepLoop(loop);
        }

        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not null)
            {
                Write(LetterMarkup.MarkValue(ObjectToString(textAsObject) ?? string.Empty));
            }

            return this;
        }
    }

    /// <summary>The letter's text as it is written, refused as soon as it would grow past the limit.</summary>
    private sealed class BoundedOutput(TemplateContext context, int limit) : IScriptOutput
    {
        private readonly StringBuilder _text = new();

        public void Write(string text, int offset, int count)
        {
            if (_text.Length + count > limit)
            {
                throw new LimitExceededException(
                    context.CurrentSpan,
                    string.Create(CultureInfo.InvariantCulture, $"it would write more than {limit:N0} characters, far longer than any letter. Check for loops that repeat text."));
            }

            _text.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>A limit of <see cref="LetterTemplateLimits"/> reached while filling a template in, with the words to explain it.</summary>
    private sealed class LimitExceededException(SourceSpan span, string plain) : ScriptRuntimeException(span, plain)
    {
        public string Plain { get; } = plain;
    }

    /// <summary>The shape of the placeholder tree: an object's members, a list's items, or a plain value.</summary>
    private sealed class Shape
    {
        public Dictionary<string, Shape>? Members { get; private init; }

        public Shape? Item { get; private init; }

        public static readonly Shape Value = new();

        public static Shape ObjectWith(params string[] members) => new() { Members = members.ToDictionary(m => m, _ => Value, StringComparer.Ordinal) };

        public static Shape Of(object? value) => value switch
        {
            ScriptObject obj => new Shape { Members = obj.ToDictionary(kv => kv.Key, kv => Of(kv.Value), StringComparer.Ordinal) },
            ScriptArray list => new Shape { Item = list.Count > 0 ? Of(list[0]) : Value },
            _ => Value,
        };
    }

    /// <summary>Walks a parsed template, refusing unknown placeholders and anything but the allowed statements.</summary>
    private sealed class Checker(Shape root, int maximumNesting)
    {
        private static readonly Shape Loop = Shape.ObjectWith("index", "index0", "rindex", "rindex0", "first", "last", "length");
        private readonly List<Dictionary<string, Shape>> _scopes = [];
        private int _nesting;
        private bool _tooDeep;

        public List<TemplateProblem> Problems { get; } = [];

        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

        public void Visit(ScriptNode? node)
        {
            if (node is null)
            {
                return;
            }

            var kind = node.GetType().Name;
            if (!AllowedNodes.Contains(kind))
            {
                Problem(node, $"Letters can use placeholders, if, unless, case and for only, not this ({Describe(node)}).");
                return;
            }

            // An elsif is the next branch of the same condition, not a condition inside it.
            if (node is ScriptIfStatement { IsElseIf: false } or ScriptForStatement or ScriptCaseStatement)
            {
                if (_nesting >= maximumNesting)
                {
                    if (!_tooDeep)
                    {
                        _tooDeep = true;
                        Problem(node, string.Create(CultureInfo.InvariantCulture, $"Conditions and loops are nested more than {maximumNesting} deep here; a letter needs far fewer."));
                    }

                    return;
                }

                _nesting++;
                try
                {
                    VisitBlock(node);
                }
                finally
                {
                    _nesting--;
                }

                return;
            }

            VisitBlock(node);
        }

        private void VisitBlock(ScriptNode node)
        {
            switch (node)
            {
                case ScriptForStatement loop:
                    var list = Resolve(loop.Iterator);
                    if (list is not null && list.Item is null)
                    {
                        Problem(loop, $"'{loop.Iterator}' is not a list, so it cannot be looped over.");
                    }

                    var scope = new Dictionary<string, Shape>(StringComparer.Ordinal) { ["for"] = Loop, ["forloop"] = Loop };
                    if (loop.Variable is ScriptVariable variable)
                    {
                        scope[variable.Name] = list?.Item ?? Shape.Value;
                    }

                    _scopes.Add(scope);
                    Visit(loop.Body);
                    _scopes.RemoveAt(_scopes.Count - 1);
                    Visit(loop.Else);
                    return;
                case ScriptMemberExpression or ScriptVariable:
                    Resolve((ScriptExpression)node);
                    return;
                case ScriptPipeCall pipe:
                    Visit(pipe.From);
                    Filter(pipe.To);
                    return;
                case ScriptFunctionCall call:
                    Filter(call);
                    return;
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                Visit(node.GetChildren(i));
            }
        }

        private void Filter(ScriptExpression? target)
        {
            if (target is null)
            {
                return;
            }

            var (name, arguments) = target switch
            {
                ScriptFunctionCall call => (call.Target is ScriptVariable v ? v.Name : call.Target?.ToString(), call.Arguments.Cast<ScriptNode>()),
                ScriptVariable v => (v.Name, Enumerable.Empty<ScriptNode>()),
                _ => (target.ToString(), Enumerable.Empty<ScriptNode>()),
            };
            if (name is null || !AllowedFilters.Contains(name))
            {
                Problem(target, $"'{name}' is not a filter letters can use; use one of {string.Join(", ", AllowedFilters.Order(StringComparer.Ordinal))}.");
                return;
            }

            foreach (var argument in arguments)
            {
                Visit(argument);
            }
        }

        private Shape? Resolve(ScriptExpression? expression)
        {
            switch (expression)
            {
                case ScriptVariable variable:
                    for (var i = _scopes.Count - 1; i >= 0; i--)
                    {
                        if (_scopes[i].TryGetValue(variable.Name, out var local))
                        {
                            return local;
                        }
                    }

                    if (root.Members!.TryGetValue(variable.Name, out var shape))
                    {
                        Used.Add(variable.Name);
                        return shape;
                    }

                    Problem(variable, $"'{variable.Name}' is not a placeholder letters know. Use one of {string.Join(", ", root.Members.Keys.Order(StringComparer.Ordinal))}.");
                    return null;
                case ScriptMemberExpression member:
                    var target = Resolve(member.Target);
                    if (target is null)
                    {
                        return null;
                    }

                    if (target.Members is { } members && member.Member is { } name && members.TryGetValue(name.Name, out var found))
                    {
                        Used.Add($"{member.Target}.{name.Name}");
                        return found;
                    }

                    var known = target.Members is { } m ? $" It has {string.Join(", ", m.Keys.Order(StringComparer.Ordinal))}." : string.Empty;
                    Problem(member, $"'{member}' is not a placeholder letters know.{known}");
                    return null;
                case ScriptNestedExpression nested:
                    return Resolve(nested.Expression);
                case null:
                    return null;
                default:
                    Visit(expression);
                    return null;
            }
        }

        private void Problem(ScriptNode node, string message) => Problems.Add(new TemplateProblem(node.Span.Start.Line + 1, message));

        private static string Describe(ScriptNode node)
        {
            var text = node.ToString() ?? node.GetType().Name;
            return text.Length > 40 ? text[..40] + "…" : text;
        }
    }
}

internal static class DateTimeOffsetDates
{
    public static DateOnly ToDateOnly(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
