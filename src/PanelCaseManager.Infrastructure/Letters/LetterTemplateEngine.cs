using System.Collections.Concurrent;
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
/// assignments, includes, indexers, functions — is refused when the template is saved, with its line.
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
    private readonly Shape _shape;
    private readonly LetterSettings _sampleSettings;

    public LetterTemplateEngine()
    {
        _sampleSettings = new LetterSettings(Options.Create(SampleOptions()));
        _shape = Shape.Of(LetterTemplateModel.From(SampleLetterModel.Complete(_sampleSettings, DefaultLetterTemplates.WrittenAt.ToDateOnly())));
    }

    public IReadOnlyList<TemplateProblem> Validate(LetterOutcome outcome, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var template = Template.ParseLiquid(body);
        if (template.HasErrors)
        {
            return template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => new TemplateProblem(LineOf(m.Span, body), m.Message))
                .ToList();
        }

        var checker = new Checker(_shape);
        checker.Visit(template.Page);
        var problems = checker.Problems;
        foreach (var (path, why) in RequiredFor(outcome).Where(r => !checker.Used.Contains(r.Path)))
        {
            problems.Add(new TemplateProblem(null, $"The letter must include {{{{ {path} }}}}: it has to give {why}."));
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
        var template = Parse(wording.Body);
        try
        {
            return Fill(template, model);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new DomainRuleException(
                "letter-template-failed",
                $"Version {wording.Version} of the {wording.Outcome.Describe().ToLowerInvariant()} letter could not be filled in (line {LineOf(exception.Span, wording.Body)}): {exception.OriginalMessage}");
        }
    }

    private static string Fill(Template template, DecisionLetterModel model)
    {
        var context = new MarkingContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 1000,
            RecursiveLimit = 20,
            LimitToString = 100_000,
        };
        context.PushGlobal(LetterTemplateModel.From(model));
        return template.Render(context);
    }

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
                problem = exception.OriginalMessage;
                line = LineOf(exception.Span, body) ?? 0;
            }

            if (problem is not null)
            {
                yield return new TemplateProblem(line == 0 ? null : line, $"This cannot be filled in for every letter: {problem}");
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

    /// <summary>Marks every value written into the letter, so that text from the case can never be read as headings, lists or tables.</summary>
    private sealed class MarkingContext : LiquidTemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not null)
            {
                Write(LetterMarkup.MarkValue(ObjectToString(textAsObject) ?? string.Empty));
            }

            return this;
        }
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
    private sealed class Checker(Shape root)
    {
        private static readonly Shape Loop = Shape.ObjectWith("index", "index0", "rindex", "rindex0", "first", "last", "length");
        private readonly List<Dictionary<string, Shape>> _scopes = [];

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
