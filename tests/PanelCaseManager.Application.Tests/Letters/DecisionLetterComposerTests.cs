using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Letters;

public class DecisionLetterComposerTests
{
    private LetterComposerFixture _letters = null!;

    [OneTimeSetUp]
    public void SetUp() => _letters = new LetterComposerFixture();

    [OneTimeTearDown]
    public void TearDown() => _letters.Dispose();

    private static IEnumerable<LetterOutcome> Outcomes => Enum.GetValues<LetterOutcome>();

    [TestCaseSource(nameof(Outcomes))]
    public void Every_letter_says_what_was_decided_about_whom_why_what_next_and_where_to_get_advice(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome);

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        var all = text.All;
        all.Should().Contain("Ffion Llŷr-Ørsted").And.Contain("14 March 2015").And.Contain("PR-2026-000123").And.Contain("20 November 2026");
        all.Should().Contain("Dear Mrs Llŷr-Ørsted");
        all.Should().Contain(model.Reasons.Split(' ')[..12].Aggregate((a, b) => $"{a} {b}"), "the reasons are given in full");
        foreach (var step in model.NextSteps)
        {
            all.Should().Contain(step.Description);
        }

        all.Should().Contain("Example SENDIASS").And.Contain("01992 555 847");
        all.Should().Contain("Amira Khan").And.Contain("SEND Officer").And.Contain("amira.khan@example.gov.uk");
        all.Should().NotContain("DRAFT");
        text.Pages[0].Should().Contain("Example County Council").And.Contain("14 Meadow Close");
    }

    [TestCase(LetterOutcome.AgreePreference, "We have agreed to your request: Ffion will have a place at Brookside Special School")]
    [TestCase(LetterOutcome.NameAnotherSetting, "We could not agree to Brookside Special School. We have decided to name Woodlands Academy Specialist Resource Provision instead")]
    [TestCase(LetterOutcome.NameTypeAndConsult, "We have decided that Ffion needs a place in a specialist resource provision for communication and interaction. We will now ask settings of this type")]
    [TestCase(LetterOutcome.DeferForEvidence, "We have not made a decision yet")]
    [TestCase(LetterOutcome.Decline, "We have decided not to agree to Brookside Special School. Ffion will stay at Oakfield Primary School")]
    public void Each_outcome_states_its_decision_and_the_setting_or_type_named(LetterOutcome outcome, string decision)
    {
        var letter = _letters.Compose(A.DecisionLetter(outcome));

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain(decision);
    }

    [TestCase(LetterOutcome.NameAnotherSetting)]
    [TestCase(LetterOutcome.NameTypeAndConsult)]
    [TestCase(LetterOutcome.Decline)]
    public void A_refused_preference_shows_each_ground_considered_whether_it_applies_and_why(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome);

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain("section 39(4) of the Children and Families Act 2014");
        foreach (var ground in model.Grounds)
        {
            text.All.Should().Contain(ground.Ground.Describe().Split(' ')[..4].Aggregate((a, b) => $"{a} {b}"));
            text.All.Should().Contain(ground.Reasons.Split(' ')[..4].Aggregate((a, b) => $"{a} {b}"));
        }

        text.All.Should().Contain("Does").And.Contain("apply?").And.Contain(" Yes ").And.Contain(" No ");
    }

    [TestCaseSource(nameof(Outcomes))]
    public void A_decided_placement_gives_the_appeal_deadline_mediation_and_disagreement_resolution(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome) with { AppealDeadline = outcome.CarriesAppealRights() ? new DateOnly(2027, 1, 20) : null };

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        if (outcome.CarriesAppealRights())
        {
            text.All.Should().Contain("You must appeal by Wednesday 20 January 2027", "the letter shows the date the statutory clock computed, exactly");
            text.All.Should().Contain("You do not need a mediation certificate to appeal only about the school or type of setting");
            text.All.Should().Contain("within 2 months of the date of this letter");
            text.All.Should().Contain("Example Mediation Service").And.Contain("0800 046 1111");
            text.All.Should().Contain("Example Disagreement Resolution Service").And.Contain("0800 046 2222");
            text.All.Should().Contain("First-tier Tribunal");
        }
        else
        {
            text.All.Should().NotContain("You must appeal by").And.Contain("What we are waiting for").And.Contain("Speech and language therapy advice");
        }
    }

    [Test]
    public void Long_reasons_run_over_several_pages_each_numbered()
    {
        var reasons = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i} of the panel's reasons. " + string.Concat(Enumerable.Repeat("The panel weighed the evidence carefully and explains it here. ", 8))));
        var model = A.DecisionLetter(LetterOutcome.NameAnotherSetting) with { Reasons = reasons };

        var letter = _letters.Compose(model);

        letter.PageCount.Should().BeGreaterThanOrEqualTo(5);
        using var text = new PdfText(letter.Pdf);
        for (var page = 1; page <= letter.PageCount; page++)
        {
            text.Pages[page - 1].Should().Contain($"Page {page} of {letter.PageCount}");
        }

        text.All.Should().Contain("Paragraph 30 of the panel's reasons");
    }

    [Test]
    public void Text_from_the_case_is_printed_as_written_never_read_as_layout()
    {
        var model = A.DecisionLetter(LetterOutcome.NameAnotherSetting) with { Reasons = "# not a heading | not a cell\n- not a bullet **not bold**" };

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain("# not a heading | not a cell").And.Contain("- not a bullet **not bold**");
    }

    [Test]
    public void A_preview_is_marked_draft()
    {
        var letter = _letters.Compose(A.DecisionLetter(LetterOutcome.AgreePreference), draft: true);

        using var text = new PdfText(letter.Pdf);
        text.Pages.Should().OnlyContain(p => p.Contains('D') && p.Contains('T'));
        string.Concat(text.Page(1).Letters.Take(5).Select(l => l.Value)).Should().Be("DRAFT");
    }

    [Test]
    public void A_letter_for_a_superseding_decision_says_which_letter_it_replaces()
    {
        var model = A.DecisionLetter(LetterOutcome.NameAnotherSetting) with { Replaces = new ReplacedLetter("PR-2026-000123-1", new DateOnly(2026, 10, 2)) };

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain("This letter replaces our letter of 2 October 2026 (reference PR-2026-000123-1)");
    }

    [Test]
    public void The_same_decision_gives_the_same_letter_byte_for_byte()
    {
        var model = A.DecisionLetter(LetterOutcome.Decline);

        var first = _letters.Compose(model);
        var second = _letters.Compose(model);

        second.Sha256.Should().Be(first.Sha256);
        second.Pdf.Should().Equal(first.Pdf);
        first.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        first.TemplateVersion.Should().Be(1);
    }

    [Test]
    public void A_missing_sendiass_contact_stops_the_letter_naming_the_settings_to_set()
    {
        var options = LetterTestSettings.Options();
        options.Sendiass = new ContactOptions();
        var model = A.DecisionLetter(LetterOutcome.AgreePreference, options);

        var act = () => _letters.Compose(model);

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Code == "letter-settings-missing")
            .WithMessage("*Letters:Sendiass:Name*Letters:Sendiass:Telephone*");
    }

    [Test]
    public void A_decided_placement_without_an_appeal_deadline_is_refused()
    {
        var model = A.DecisionLetter(LetterOutcome.AgreePreference) with { AppealDeadline = null };

        var act = () => _letters.Compose(model);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "appeal-deadline-required");
    }
}
