using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Letters;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Letters;

public class LetterTemplateEngineTests
{
    private readonly LetterTemplateEngine _engine = new();

    private static string Valid(string extra = "") => DefaultLetterTemplates.Read(LetterOutcome.DeferForEvidence) + extra;

    private static IEnumerable<LetterOutcome> Outcomes => Enum.GetValues<LetterOutcome>();

    [TestCaseSource(nameof(Outcomes))]
    public void The_built_in_wording_of_every_outcome_is_valid(LetterOutcome outcome) =>
        _engine.Validate(outcome, DefaultLetterTemplates.Read(outcome)).Should().BeEmpty();

    [Test]
    public void The_fields_a_template_can_insert_are_read_from_the_model_with_the_samples_values()
    {
        var sample = A.DecisionLetter(LetterOutcome.Decline);

        var fields = _engine.Fields(sample);

        fields.Should().Contain(new TemplateField("child.given_name", "Ffion", false, []));
        fields.Should().Contain(f => f.Placeholder == "case_reference" && f.Example == sample.CaseReference);
        var refused = fields.Single(f => f.Placeholder == "refused_preferences");
        refused.IsList.Should().BeTrue();
        refused.Example.Should().Be(sample.RefusedPreferences.Count == 1 ? "1 item" : $"{sample.RefusedPreferences.Count} items");
        refused.ItemFields.Select(f => f.Placeholder).Should().Contain(["item.rank", "item.name", "item.status", "item.under_section9", "item.section9.reasons"]);
        refused.ItemFields.Single(f => f.Placeholder == "item.grounds").ItemFields.Select(f => f.Placeholder)
            .Should().BeEquivalentTo("item.title", "item.applies", "item.reasons");
        fields.Should().Contain(f => f.Placeholder == "replaces.reference", "a part only some letters fill is listed, empty here");
        fields.Should().NotContain(f => f.Placeholder == "appeal.deadline", "a panel's letter states no appeal deadline: the notice does");
        _engine.Fields(A.DecisionLetter(LetterOutcome.FinalPlanNotice)).Should().Contain(f => f.Placeholder == "appeal.deadline");
        fields.Select(f => f.Placeholder).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        var wording = DefaultLetterTemplates.Read(LetterOutcome.Decline);
        foreach (var field in fields.Where(f => !f.IsList))
        {
            var guarded = field.Placeholder.StartsWith("replaces.", StringComparison.Ordinal)
                ? $"{{% if replaces %}}{{{{ {field.Placeholder} }}}}{{% endif %}}"
                : $"{{{{ {field.Placeholder} }}}}";
            _engine.Validate(LetterOutcome.Decline, $"{wording}\n\n{guarded}").Should().BeEmpty($"{field.Placeholder} is listed, so a template may use it");
        }

        _engine.Validate(LetterOutcome.Decline, $"{wording}\n\n{{{{ replaces.reference }}}}").Should().ContainSingle()
            .Which.Message.Should().Contain("cannot be filled in for every letter", "the editor's list says a part only some letters fill goes inside {% if replaces %}");
    }

    [Test]
    public void An_unknown_placeholder_is_refused_naming_its_line_and_the_ones_that_exist()
    {
        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\n\nKind regards from {{ child.nickname }}"));

        problems.Should().ContainSingle().Which.ToString().Should().StartWith($"Line {Valid().Split('\n').Length + 2}: 'child.nickname' is not a placeholder")
            .And.Contain("given_name");
    }

    [Test]
    public void Malformed_syntax_is_refused_naming_the_line()
    {
        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, "Dear family,\n\n{% if reasons != \"\" %}\n{{ reasons }}\n");

        problems.Should().NotBeEmpty();
        problems[0].Line.Should().Be(3);
    }

    [TestCase("{% assign x = 1 %}")]
    [TestCase("{% capture x %}text{% endcapture %}")]
    [TestCase("{% include 'other' %}")]
    [TestCase("{{ refused_preferences[0].name }}")]
    [TestCase("{{ reasons | file.read }}")]
    [TestCase("{{ date.now }}")]
    public void Anything_but_placeholders_conditions_and_loops_is_refused(string fragment)
    {
        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\n" + fragment));

        problems.Should().NotBeEmpty();
        problems.Should().OnlyContain(p => p.Line != null);
    }

    [Test]
    public void The_wording_shipped_for_every_letter_and_notice_is_valid_and_the_first_edition_is_no_longer()
    {
        foreach (var outcome in Enum.GetValues<LetterOutcome>())
        {
            _engine.Validate(outcome, DefaultLetterTemplates.Read(outcome)).Should().BeEmpty($"the shipped {outcome} wording can be saved");
        }

        _engine.Validate(LetterOutcome.AgreePreference, DefaultLetterTemplates.FirstEdition.Single(t => t.Outcome == LetterOutcome.AgreePreference).Body)
            .Should().Contain(p => p.Message.Contains("{{ appeal_route }}", StringComparison.Ordinal), "a panel's letter says when the right of appeal arises");
    }

    [Test]
    public void A_notice_that_leaves_out_the_appeal_deadline_is_refused()
    {
        var body = DefaultLetterTemplates.Read(LetterOutcome.FinalPlanNotice).Replace("{{ appeal.deadline }}", "soon", StringComparison.Ordinal);

        var problems = _engine.Validate(LetterOutcome.FinalPlanNotice, body);

        problems.Should().ContainSingle().Which.Message.Should().Contain("{{ appeal.deadline }}");
    }

    [TestCase(LetterOutcome.AgreePreference)]
    [TestCase(LetterOutcome.NameAnotherSetting)]
    [TestCase(LetterOutcome.NameTypeAndConsult)]
    [TestCase(LetterOutcome.Decline)]
    [TestCase(LetterOutcome.DeferForEvidence)]
    public void A_panel_letter_that_gives_a_last_day_to_appeal_is_refused(LetterOutcome outcome)
    {
        var body = DefaultLetterTemplates.Read(outcome) + "\n\nYou must appeal by {{ appeal.deadline }}.\n";

        var problems = _engine.Validate(outcome, body);

        problems.Should().ContainSingle().Which.Message.Should().Contain("must not use {{ appeal.deadline }}").And.Contain("notice");
    }

    [TestCase(LetterOutcome.NameAnotherSetting, "refused_preferences", "{% for pref in refused_preferences %}")]
    [TestCase(LetterOutcome.Decline, "mainstream.reasons", "{{ mainstream.reasons }}")]
    [TestCase(LetterOutcome.AgreePreference, "appeal_route", "{% case appeal_route %}")]
    [TestCase(LetterOutcome.DeferForEvidence, "next_decision.date", "{{ next_decision.date }}")]
    [TestCase(LetterOutcome.RefusalToAssessNotice, "mediation.certificate", "{{ mediation.certificate }}")]
    [TestCase(LetterOutcome.FinalPlanNotice, "named_in_plan", "{{ named_in_plan }}")]
    public void Wording_that_leaves_out_what_the_law_requires_is_refused_naming_it(LetterOutcome outcome, string placeholder, string removed)
    {
        var shipped = DefaultLetterTemplates.Read(outcome);
        shipped.Should().Contain(removed);
        var body = removed.StartsWith("{%", StringComparison.Ordinal)
            ? RemoveBlock(shipped, removed)
            : shipped.Replace(removed, "something", StringComparison.Ordinal);

        var problems = _engine.Validate(outcome, body);

        problems.Should().Contain(p => p.Message.Contains("{{ " + placeholder + " }}", StringComparison.Ordinal));
    }

    /// <summary>The shipped wording without the block that opens with <paramref name="opening"/> (up to its end tag).</summary>
    private static string RemoveBlock(string body, string opening)
    {
        var start = body.IndexOf(opening, StringComparison.Ordinal);
        var tag = opening.StartsWith("{% for", StringComparison.Ordinal) ? "{% endfor %}" : "{% endcase %}";
        var depth = 0;
        for (var i = start; i < body.Length; i++)
        {
            if (body.AsSpan(i).StartsWith(opening.AsSpan(0, 6)))
            {
                depth++;
            }
            else if (body.AsSpan(i).StartsWith(tag))
            {
                if (--depth == 0)
                {
                    return body[..start] + body[(i + tag.Length)..];
                }
            }
        }

        throw new InvalidOperationException("The block has no end.");
    }

    [Test]
    public void Wording_that_uses_the_replaced_letter_without_checking_there_is_one_is_refused()
    {
        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\nThis replaces {{ replaces.reference }}."));

        problems.Should().ContainSingle().Which.Message.Should().Contain("cannot be filled in for every letter");
        _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\n{% if replaces %}This replaces {{ replaces.reference }}.{% endif %}")).Should().BeEmpty();
    }
}
