using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Letters;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Letters;

/// <summary>
/// What a template may cost to fill in (docs/adr/0123): loops in all and per loop, nesting, output and time. A
/// template past a limit is refused when it is checked, naming the line, and a saved one that is past them now
/// stops its letter with the line named rather than running on.
/// </summary>
public class LetterTemplateLimitsTests
{
    private readonly LetterTemplateEngine _engine = new();

    /// <summary>The built-in wording with <paramref name="extra"/> on the lines after it; returns the line it starts on.</summary>
    private static (string Body, int Line) After(string extra)
    {
        var wording = DefaultLetterTemplates.Read(LetterOutcome.DeferForEvidence);
        return (wording + "\n" + extra, wording.Split('\n').Length + 1);
    }

    private static string Nested(int depth, string range, string inner = "x") =>
        string.Concat(Enumerable.Repeat($"{{% for i in {range} %}}", depth)) + inner + string.Concat(Enumerable.Repeat("{% endfor %}", depth));

    [Test]
    public void Loops_over_ranges_nested_three_deep_are_refused_naming_the_line()
    {
        var (body, line) = After(Nested(3, "(1..1000)"));

        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, body);

        var problem = problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(line);
        problem.Message.Should().Contain("would repeat more than 1,000 times").And.Contain("rather than over ranges of numbers");
    }

    [TestCase(2)]
    [TestCase(8)]
    [TestCase(20)]
    public void Loops_nested_within_the_nesting_limit_are_still_bounded_by_the_loop_limits(int depth)
    {
        var (body, line) = After(Nested(depth, "(1..1000)"));

        _engine.Validate(LetterOutcome.DeferForEvidence, body).Should().ContainSingle().Which.Line.Should().Be(line);
    }

    [TestCase(21)]
    [TestCase(60)]
    [TestCase(249)]
    [TestCase(400)]
    public void Loops_nested_deeper_than_the_limit_are_refused_naming_the_line_before_anything_runs(int depth)
    {
        var (body, line) = After(Nested(depth, "(1..2)"));

        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, body);

        problems.Should().ContainSingle().Which.Line.Should().Be(line);
        problems[0].Message.Should().MatchRegex("nested more than 20 deep|depth limit");
    }

    [Test]
    public void Conditions_nested_deeper_than_the_limit_are_refused_but_a_long_elsif_chain_is_not_nesting()
    {
        var deep = string.Concat(Enumerable.Repeat("{% if reasons %}", 21)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 21));
        var chain = "{% if reasons == 'a' %}a" + string.Concat(Enumerable.Range(0, 40).Select(i => $"{{% elsif reasons == '{i}' %}}{i}")) + "{% endif %}";

        _engine.Validate(LetterOutcome.DeferForEvidence, After(deep).Body).Should().ContainSingle().Which.Message.Should().Contain("nested more than 20 deep");
        _engine.Validate(LetterOutcome.DeferForEvidence, After(chain).Body).Should().BeEmpty();
    }

    [Test]
    public void Many_loops_one_after_another_are_refused_by_the_total_for_the_whole_letter()
    {
        var (body, line) = After(string.Join('\n', Enumerable.Repeat("{% for i in (1..999) %}{% endfor %}", 30)));

        var problem = _engine.Validate(LetterOutcome.DeferForEvidence, body).Should().ContainSingle().Subject;

        problem.Message.Should().Contain("more than 10,000 times in all");
        problem.Line.Should().Be(line + 10, "the eleventh loop is the one that passes 10,000");
    }

    [Test]
    public void A_huge_text_built_by_repeating_is_refused_by_the_output_limit()
    {
        var (body, line) = After("{% for i in (1..999) %}{{ reasons }} " + new string('x', 300) + "{% endfor %}");

        var problem = _engine.Validate(LetterOutcome.DeferForEvidence, body).Should().ContainSingle().Subject;

        problem.Message.Should().Contain("more than 200,000 characters");
        problem.Line.Should().Be(line);
    }

    [TestCase("{% capture twice %}{{ reasons }}{{ reasons }}{% endcapture %}{{ twice }}{{ twice }}")]
    [TestCase("{% include 'decline' %}")]
    [TestCase("{% render 'decline' %}")]
    [TestCase("{% tablerow i in (1..1000) %}{% tablerow j in (1..1000) %}x{% endtablerow %}{% endtablerow %}")]
    [TestCase("{% cycle 'a', 'b' %}")]
    [TestCase("{% assign copy = reasons %}{{ copy }}")]
    [TestCase("{{ reasons | append: reasons }}")]
    [TestCase("{{ (1..100000) | size }}")]
    public void Ways_to_repeat_itself_other_than_looping_over_the_letters_lists_are_refused_naming_the_line(string fragment)
    {
        var (body, line) = After(fragment);

        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, body);

        problems.Should().NotBeEmpty();
        problems.Should().OnlyContain(p => p.Line == line, string.Join(" | ", problems));
    }

    [Test]
    public void A_template_that_takes_too_long_to_fill_in_is_stopped_naming_the_line()
    {
        var generous = new LetterTemplateEngine(Options.Create(new LetterTemplateLimits
        {
            MaximumIterationsPerLoop = 1_000_000,
            MaximumIterations = 10_000_000,
            RenderTimeLimit = TimeSpan.FromMilliseconds(20),
        }));
        var (body, line) = After(Nested(3, "(1..1000)", string.Empty));

        var problem = generous.Validate(LetterOutcome.DeferForEvidence, body).Should().ContainSingle().Subject;

        problem.Message.Should().Contain("took longer than 0.02 seconds, so it was stopped");
        problem.Line.Should().Be(line);
    }

    [Test]
    public void A_10_mb_template_is_refused_for_its_length_without_being_read()
    {
        var huge = string.Concat(Enumerable.Repeat(Nested(3, "(1..1000)") + "\n", 10 * 1024 * 1024 / 80))[..(10 * 1024 * 1024)];

        var problems = _engine.Validate(LetterOutcome.DeferForEvidence, huge);

        problems.Should().ContainSingle().Which.Should().Be(new TemplateProblem(null, LetterTemplateLimits.TooLong(huge.Length, 20_000)));
        problems[0].Message.Should().Be("The wording is 10,485,760 characters long; it must be 20,000 characters or fewer.");
    }

    [Test]
    public void A_saved_version_past_the_limits_stops_its_letter_naming_the_line_instead_of_running_on()
    {
        using var letters = new LetterComposerFixture();
        var (body, line) = After(Nested(3, "(1..1000)"));

        var act = () => letters.Composer.Compose(A.DecisionLetter(LetterOutcome.DeferForEvidence), new LetterTemplateText(LetterOutcome.DeferForEvidence, 7, body), draft: true);

        act.Should().Throw<DomainRuleException>().Which.Message.Should()
            .StartWith($"Version 7 of the").And.Contain($"(line {line})").And.Contain("would repeat more than 1,000 times");
    }

    [Test]
    public void The_built_in_wording_fills_in_well_within_the_limits()
    {
        using var letters = new LetterComposerFixture();

        foreach (var outcome in Enum.GetValues<LetterOutcome>())
        {
            letters.Compose(A.DecisionLetter(outcome), draft: true).PageCount.Should().BeGreaterThan(0);
        }
    }

    [Test]
    public void Limits_out_of_range_stop_the_service_starting_naming_each_setting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["LetterTemplates:MaximumCharacters"] = "50000",
            ["LetterTemplates:MaximumIterations"] = "5",
            ["LetterTemplates:RenderTimeLimit"] = "00:05:00",
        };
        var app = new ApplicationHarness(settings);
        try
        {
            var act = () => app.Services.GetRequiredService<IOptions<LetterTemplateLimits>>().Value;

            act.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(3)
                .And.Contain(f => f.Contains("LetterTemplates:MaximumCharacters must be 1000 to 20000", StringComparison.Ordinal))
                .And.Contain(f => f.Contains("LetterTemplates:MaximumIterations", StringComparison.Ordinal))
                .And.Contain(f => f.Contains("LetterTemplates:RenderTimeLimit", StringComparison.Ordinal));
        }
        finally
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
