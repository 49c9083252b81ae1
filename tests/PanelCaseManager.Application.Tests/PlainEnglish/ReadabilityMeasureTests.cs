using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.PlainEnglish;

/// <summary>The measure the readability tests use: syllables against dictionary counts, and the Flesch-Kincaid grade worked by hand.</summary>
public class ReadabilityMeasureTests
{
    // Counts as an English pronouncing dictionary gives them (British speech where it differs).
    [TestCase("make", 1)]
    [TestCase("makes", 1)]
    [TestCase("rules", 1)]
    [TestCase("asked", 1)]
    [TestCase("called", 1)]
    [TestCase("school", 1)]
    [TestCase("whole", 1)]
    [TestCase("while", 1)]
    [TestCase("they", 1)]
    [TestCase("you", 1)]
    [TestCase("year", 1)]
    [TestCase("SEND", 1)]
    [TestCase("table", 2)]
    [TestCase("little", 2)]
    [TestCase("people", 2)]
    [TestCase("wanted", 2)]
    [TestCase("needed", 2)]
    [TestCase("agreed", 2)]
    [TestCase("places", 2)]
    [TestCase("changes", 2)]
    [TestCase("issues", 2)]
    [TestCase("special", 2)]
    [TestCase("social", 2)]
    [TestCase("language", 2)]
    [TestCase("because", 2)]
    [TestCase("include", 2)]
    [TestCase("many", 2)]
    [TestCase("easy", 2)]
    [TestCase("beyond", 2)]
    [TestCase("going", 2)]
    [TestCase("notice", 2)]
    [TestCase("deadline", 2)]
    [TestCase("received", 2)]
    [TestCase("advice", 2)]
    [TestCase("council", 2)]
    [TestCase("setting", 2)]
    [TestCase("reasons", 2)]
    [TestCase("profile", 2)]
    [TestCase("appeal", 2)]
    [TestCase("ceases", 2)]
    [TestCase("decided", 3)]
    [TestCase("period", 3)]
    [TestCase("previous", 3)]
    [TestCase("actual", 3)]
    [TestCase("quality", 3)]
    [TestCase("easier", 3)]
    [TestCase("beautiful", 3)]
    [TestCase("enabled", 3)]
    [TestCase("reassess", 3)]
    [TestCase("officer", 3)]
    [TestCase("decision", 3)]
    [TestCase("provision", 3)]
    [TestCase("evidence", 3)]
    [TestCase("assessment", 3)]
    [TestCase("amended", 3)]
    [TestCase("EHC", 3)]
    [TestCase("education", 4)]
    [TestCase("situation", 4)]
    [TestCase("mediation", 4)]
    [TestCase("certificate", 4)]
    [TestCase("independent", 4)]
    [TestCase("information", 4)]
    [TestCase("disagreement", 4)]
    [TestCase("resolution", 4)]
    [TestCase("explanation", 4)]
    [TestCase("statutory", 4)]
    [TestCase("geography", 4)]
    [TestCase("analysis", 4)]
    [TestCase("re-assessment", 4)]
    [TestCase("child's", 1)]
    [TestCase("James's", 2)]
    public void Counts_the_syllables_a_dictionary_gives(string word, int syllables) =>
        Syllables.Count(word).Should().Be(syllables);

    [Test]
    public void The_grade_is_the_Flesch_Kincaid_formula_over_sentences_words_and_syllables()
    {
        // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
        // "We decided to name another school." 6 words, 1 sentence, 1+3+1+1+3+1 = 10 syllables.
        // Together: 12 words, 2 sentences, 16 syllables: 0.39 × 6 + 11.8 × 16 ÷ 12 − 15.59 = 2.34 + 15.7333 − 15.59 = 2.4833.
        var score = Readability.Measure(["The cat sat on the mat.", "We decided to name another school"], []);

        score.Sentences.Should().Be(2);
        score.Words.Should().Be(12);
        score.Syllables.Should().Be(16);
        score.Grade.Should().BeApproximately(2.48, 0.01);
    }

    [Test]
    public void A_heading_or_list_item_ends_a_sentence_and_a_colon_ends_one_but_an_abbreviation_does_not()
    {
        var score = Readability.Measure(["What happens next", "You can appeal: we will tell you how", "See reg. 6 of the rules."], []);

        score.Sentences.Should().Be(4);
    }

    [Test]
    public void Proper_names_numbers_dates_references_and_addresses_are_left_out_of_the_count()
    {
        var score = Readability.Measure(
            ["Contact Example Mediation Service on 0800 046 1111 or mediation@example.org.uk by 14 March 2027 about PR-2026-000123, under the Children and Families Act 2014."],
            ["Example Mediation Service", "Children and Families Act 2014"]);

        // Left: "Contact on or by March about under the" = 8 words.
        score.Words.Should().Be(8);
    }
}
