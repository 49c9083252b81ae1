using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Letters;

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
