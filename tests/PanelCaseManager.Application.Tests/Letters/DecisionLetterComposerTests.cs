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

    [TestCase(LetterOutcome.AgreePreference, "We have agreed to your request: Ffion will have a place at Woodlands Academy Specialist Resource Provision")]
    [TestCase(LetterOutcome.NameAnotherSetting, "We could not agree to Brookside Special School. We have decided to name Woodlands Academy Specialist Resource Provision instead")]
    [TestCase(LetterOutcome.NameTypeAndConsult, "We have decided that Ffion needs a place in a specialist resource provision for communication and interaction. We will now ask settings of this type")]
    [TestCase(LetterOutcome.DeferForEvidence, "We have not made a decision yet")]
    [TestCase(LetterOutcome.Decline, "We have decided not to agree to Brookside Special School. Ffion will stay at Oakfield Primary School")]
    [TestCase(LetterOutcome.FinalPlanNotice, "We have sent you Ffion's final education, health and care (EHC) plan with this letter. Section I of the plan names Woodlands Academy Specialist Resource Provision")]
    [TestCase(LetterOutcome.FinalAmendedPlanNotice, "Section I of the plan now names Woodlands Academy Specialist Resource Provision")]
    [TestCase(LetterOutcome.RefusalToAssessNotice, "We have decided not to carry out an education, health and care (EHC) needs assessment for Ffion")]
    [TestCase(LetterOutcome.RefusalToIssueNotice, "We have decided not to issue an EHC plan")]
    [TestCase(LetterOutcome.RefusalToReassessNotice, "We have decided not to do this")]
    [TestCase(LetterOutcome.RefusalToAmendNotice, "We have decided not to change (amend) it")]
    [TestCase(LetterOutcome.CessationNotice, "We have decided to stop Ffion")]
    public void Each_letter_states_its_decision_and_the_setting_or_type_named(LetterOutcome outcome, string decision)
    {
        var letter = _letters.Compose(A.DecisionLetter(outcome));

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain(decision);
    }

    [TestCase(LetterOutcome.NameAnotherSetting)]
    [TestCase(LetterOutcome.NameTypeAndConsult)]
    [TestCase(LetterOutcome.Decline)]
    [TestCase(LetterOutcome.FinalPlanNotice)]
    public void Every_refused_preference_shows_its_test_each_ground_whether_it_applies_and_why(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome);

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        model.RefusedPreferences.Should().HaveCount(2);
        text.All.Should().Contain("Your choice 1: Brookside Special School").And.Contain("Brookside Special School is a maintained school.");
        text.All.Should().Contain("section 39(4) of the Children and");
        foreach (var ground in model.RefusedPreferences[0].Grounds)
        {
            text.All.Should().Contain(ground.Ground.Describe().Split(' ')[..4].Aggregate((a, b) => $"{a} {b}"));
            text.All.Should().Contain(ground.Reasons.Split(' ')[..3].Aggregate((a, b) => $"{a} {b}"));
        }

        text.All.Should().Contain("Does").And.Contain("apply?").And.Contain(" Yes ").And.Contain(" No ");
    }

    [TestCase(LetterOutcome.NameAnotherSetting)]
    [TestCase(LetterOutcome.FinalPlanNotice)]
    public void An_independent_setting_outside_section_41_is_refused_in_the_words_of_section_9_not_the_three_grounds(LetterOutcome outcome)
    {
        var letter = _letters.Compose(A.DecisionLetter(outcome));

        using var text = new PdfText(letter.Pdf);
        var all = text.All;
        var section9 = all[all.IndexOf("Your choice 2: Swallowdale College", StringComparison.Ordinal)..];
        section9.Should().Contain("Swallowdale College is an independent school or college that is not approved under section 41.")
            .And.Contain("section 9 of the Education Act 1996")
            .And.Contain("Would it give Ffion a good education?")
            .And.Contain("Would it avoid spending too much public money?")
            .And.Contain("£91,000, compared with £18,600")
            .And.Contain("That would be unreasonable public spending");
        section9[..section9.IndexOf("Mainstream education", StringComparison.Ordinal)].Should().NotContain("section 39(4)");
    }

    [Test]
    public void Agreeing_a_lower_preference_explains_why_each_preference_ranked_above_it_was_not_agreed()
    {
        var letter = _letters.Compose(A.DecisionLetter(LetterOutcome.AgreePreference));

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain("The choices you liked more").And.Contain("Your choice 1: Brookside Special School")
            .And.Contain("Brookside is designed for children");
    }

    [TestCase(LetterOutcome.NameAnotherSetting)]
    [TestCase(LetterOutcome.FinalPlanNotice)]
    public void The_mainstream_presumption_is_explained_where_the_la_names_the_setting(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome) with
        {
            Mainstream = new MainstreamReasons(false, true, false, false, null, "The advice is that Ffion needs a special school all day."),
        };

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain("section 33 of the Children and Families Act 2014")
            .And.Contain("The place we have named is not in mainstream education")
            .And.Contain("You told us you do not want a mainstream school or college for Ffion")
            .And.Contain("The advice is that Ffion needs a special school all day.");
    }

    [TestCase(AppealRoute.FinalPlan, "Your right to appeal starts when we send you the final education, health and care (EHC) plan. We must send it by")]
    [TestCase(AppealRoute.RefusalToIssue, "We will send you a notice of our decision not to issue a plan. You can appeal against that decision")]
    [TestCase(AppealRoute.PhaseTransfer, "We will change Ffion's plan to name the next school or setting by")]
    [TestCase(AppealRoute.AmendedPlan, "We will send you the changed (amended) plan by")]
    [TestCase(AppealRoute.RefusalToAmend, "We will send you a notice of our decision not to change Ffion's plan")]
    [TestCase(AppealRoute.EarlyReview, "It was made outside a review of Ffion's plan, so it has no right of appeal of its own. If you disagree, you can ask us for an early review of the plan")]
    public void A_decision_letter_says_when_the_right_of_appeal_arises_and_gives_no_deadline_of_its_own(AppealRoute route, string wording)
    {
        foreach (var outcome in LetterOutcomes.DecisionLetters.Where(o => o.Decides()))
        {
            var letter = _letters.Compose(A.DecisionLetter(outcome) with { AppealRoute = route });

            using var text = new PdfText(letter.Pdf);
            text.All.Should().Contain("When you can appeal").And.Contain(wording, $"the {outcome} letter words the {route} route");
            text.All.Should().NotContain("You must appeal by").And.NotContain("last day to appeal is");
            text.All.Should().Contain("Example Disagreement Resolution Service").And.Contain("0800 046 2222");
        }
    }

    [Test]
    public void A_decision_letter_given_an_appeal_deadline_is_refused() =>
        FluentActions.Invoking(() => _letters.Compose(A.DecisionLetter(LetterOutcome.AgreePreference) with { AppealDeadline = new DateOnly(2027, 1, 20) }))
            .Should().Throw<ArgumentException>();

    [Test]
    public void A_deferral_says_when_the_decision_will_be_made()
    {
        var atPanel = _letters.Compose(A.DecisionLetter(LetterOutcome.DeferForEvidence) with { NextDecision = new NextDecision(new DateOnly(2027, 1, 13), AtPanel: true) });
        var by = _letters.Compose(A.DecisionLetter(LetterOutcome.DeferForEvidence) with { NextDecision = new NextDecision(new DateOnly(2027, 2, 1), AtPanel: false) });

        using (var text = new PdfText(atPanel.Pdf))
        {
            text.All.Should().Contain("The panel will look at your request again at its meeting on Wednesday 13 January 2027.")
                .And.Contain("What we are waiting for").And.Contain("Speech and language therapy advice")
                .And.Contain("you cannot appeal against it").And.NotContain("You must appeal by");
        }

        using (var text = new PdfText(by.Pdf))
        {
            text.All.Should().Contain("We will make our decision by Monday 1 February 2027.");
        }
    }

    [TestCaseSource(nameof(Notices))]
    public void A_notice_gives_the_right_of_appeal_its_last_day_mediation_and_disagreement_resolution(LetterOutcome notice)
    {
        var model = A.DecisionLetter(notice) with { AppealDeadline = new DateOnly(2027, 1, 20) };

        var letter = _letters.Compose(model);

        using var text = new PdfText(letter.Pdf);
        var all = text.All;
        all.Should().Contain("The last day to appeal is Wednesday 20 January 2027", "the notice shows the date the statutory clock computed, exactly");
        all.Should().Contain(AppealRights.For(notice).Decision.Split(' ')[..6].Aggregate((a, b) => $"{a} {b}"));
        all.Should().Contain("You must appeal within 2 months of the date of the notice, or within 1 month of the date on your mediation certificate if that is later.");
        all.Should().Contain("The mediation adviser gives you a certificate whether or not you decide to take part in mediation.");
        all.Should().NotContain("if you take part in mediation");
        all.Should().Contain("within 2 months of the date of this letter");
        all.Should().Contain("Example Mediation Service").And.Contain("0800 046 1111");
        all.Should().Contain("Example Disagreement Resolution Service").And.Contain("0800 046 2222");
        all.Should().Contain("First-tier Tribunal");
        if (notice.IsPlanNotice())
        {
            all.Should().Contain("You do not need a certificate if your appeal is only about the school, college or type of setting named in the plan (section I).");
        }
        else
        {
            all.Should().NotContain("You do not need a certificate");
        }
    }

    [Test]
    public void A_notice_without_its_appeal_deadline_is_refused() =>
        FluentActions.Invoking(() => _letters.Compose(A.DecisionLetter(LetterOutcome.FinalPlanNotice) with { AppealDeadline = null }))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("appeal-deadline-required");

    private static IEnumerable<LetterOutcome> Notices => LetterOutcomes.Notices;

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
    public void A_missing_mediation_contact_stops_a_notice_but_not_a_decision_letter()
    {
        var options = LetterTestSettings.Options();
        options.Mediation = new ContactOptions();

        FluentActions.Invoking(() => _letters.Compose(A.DecisionLetter(LetterOutcome.FinalPlanNotice, options)))
            .Should().Throw<DomainRuleException>().WithMessage("*Letters:Mediation:Name*");
        _letters.Compose(A.DecisionLetter(LetterOutcome.NameAnotherSetting, options)).PageCount.Should().BeGreaterThan(0);
    }
}
