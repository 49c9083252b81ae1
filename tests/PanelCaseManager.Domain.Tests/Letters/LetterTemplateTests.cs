using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Tests.Letters;

public class LetterTemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly UserId Administrator = new("administrator");

    [Test]
    public void Saving_wording_makes_the_next_version_after_the_current_one()
    {
        var first = LetterTemplate.BuiltIn(Guid.NewGuid(), LetterOutcome.Decline, "Version one", Now);

        var second = LetterTemplate.NextVersion(first, LetterOutcome.Decline, "Version two\r\n", " Clearer wording ", Administrator, Now);

        first.Version.Should().Be(1);
        first.SavedBy.Value.Should().Be(LetterTemplate.BuiltInAuthor);
        second.Version.Should().Be(2);
        second.Body.Should().Be("Version two\n");
        second.Note.Should().Be("Clearer wording");
        second.SavedBy.Should().Be(Administrator);
    }

    [Test]
    public void The_first_saved_wording_of_an_outcome_is_version_1() =>
        LetterTemplate.NextVersion(null, LetterOutcome.AgreePreference, "Wording", null, Administrator, Now).Version.Should().Be(1);

    [TestCase("")]
    [TestCase("   ")]
    public void Wording_cannot_be_empty(string body)
    {
        var act = () => LetterTemplate.NextVersion(null, LetterOutcome.Decline, body, null, Administrator, Now);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "template-body-required");
    }

    [Test]
    public void Wording_cannot_be_longer_than_the_limit()
    {
        var act = () => LetterTemplate.NextVersion(null, LetterOutcome.Decline, new string('a', LetterTemplate.MaximumBodyLength + 1), null, Administrator, Now);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "template-too-long");
    }

    [Test]
    public void Only_notices_carry_appeal_rights_and_every_decision_letter_but_a_deferral_decides() =>
        Enum.GetValues<LetterOutcome>().Select(o => (o, o.IsNotice(), o.Decides())).Should().Equal(
            (LetterOutcome.AgreePreference, false, true),
            (LetterOutcome.NameAnotherSetting, false, true),
            (LetterOutcome.NameTypeAndConsult, false, true),
            (LetterOutcome.DeferForEvidence, false, false),
            (LetterOutcome.Decline, false, true),
            (LetterOutcome.FinalPlanNotice, true, false),
            (LetterOutcome.FinalAmendedPlanNotice, true, false),
            (LetterOutcome.RefusalToAssessNotice, true, false),
            (LetterOutcome.RefusalToIssueNotice, true, false),
            (LetterOutcome.RefusalToReassessNotice, true, false),
            (LetterOutcome.RefusalToAmendNotice, true, false),
            (LetterOutcome.CessationNotice, true, false));
}
