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
        var grounds = fields.Single(f => f.Placeholder == "grounds");
        grounds.IsList.Should().BeTrue();
        grounds.Example.Should().Be($"{sample.Grounds.Count} items");
        grounds.ItemFields.Select(f => f.Placeholder).Should().BeEquivalentTo("item.title", "item.applies", "item.reasons");
        fields.Should().Contain(f => f.Placeholder == "replaces.reference", "a part only some letters fill is listed, empty here");
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
    [TestCase("{{ grounds[0].title }}")]
    [TestCase("{{ reasons | file.read }}")]
    [TestCase("{{ date.now }}")]
    public void Anything_but_placeholders_conditions_and_loops_is_refused(string fragment)
    {
        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\n" + fragment));

        problems.Should().NotBeEmpty();
        problems.Should().OnlyContain(p => p.Line != null);
    }

    [Test]
    public void Wording_that_leaves_out_the_appeal_deadline_is_refused()
    {
        var body = DefaultLetterTemplates.Read(LetterOutcome.AgreePreference).Replace("{{ appeal.deadline }}", "soon", StringComparison.Ordinal);

        var problems = _engine.Validate(LetterOutcome.AgreePreference, body);

        problems.Should().ContainSingle().Which.Message.Should().Contain("{{ appeal.deadline }}");
    }

    [Test]
    public void Wording_that_uses_the_replaced_letter_without_checking_there_is_one_is_refused()
    {
        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\nThis replaces {{ replaces.reference }}."));

        problems.Should().ContainSingle().Which.Message.Should().Contain("cannot be filled in for every letter");
        _engine.Validate(LetterOutcome.DeferForEvidence, Valid("\n{% if replaces %}This replaces {{ replaces.reference }}.{% endif %}")).Should().BeEmpty();
    }
}
