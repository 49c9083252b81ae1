using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Domain.Tests.Letters;

/// <summary>The one source of what the family can appeal, when mediation is needed first, and the time limit.</summary>
public class AppealRightsTests
{
    [Test]
    public void Every_notice_carries_a_right_of_appeal_and_nothing_else_does()
    {
        AppealRights.All.Select(r => r.Notice).Should().BeEquivalentTo(LetterOutcomes.Notices);
        AppealRights.All.Select(r => r.Notice).Should().OnlyContain(n => n.IsNotice());
        FluentActions.Invoking(() => AppealRights.For(LetterOutcome.AgreePreference)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void The_six_appealable_decisions_of_section_51_are_all_there()
    {
        var decisions = AppealRights.All.Select(r => r.Decision).ToList();

        decisions.Should().Contain(d => d.Contains("not to carry out an EHC needs assessment", StringComparison.Ordinal));
        decisions.Should().Contain(d => d.Contains("not to issue an EHC plan", StringComparison.Ordinal));
        decisions.Should().Contain(d => d.Contains("final EHC plan", StringComparison.Ordinal));
        decisions.Should().Contain(d => d.Contains("re-assessment", StringComparison.Ordinal));
        decisions.Should().Contain(d => d.Contains("not to change the plan", StringComparison.Ordinal));
        decisions.Should().Contain(d => d.Contains("stop the EHC plan", StringComparison.Ordinal));
        AppealRights.All.Select(r => r.Law).Should().OnlyContain(l => l.StartsWith("Children and Families Act 2014 s.51(2)", StringComparison.Ordinal));
    }

    [Test]
    public void Only_an_appeal_about_the_placement_named_in_a_plan_needs_no_mediation_certificate()
    {
        AppealRights.All.Where(r => r.PlacementOnlyNeedsNoCertificate).Select(r => r.Notice)
            .Should().BeEquivalentTo([LetterOutcome.FinalPlanNotice, LetterOutcome.FinalAmendedPlanNotice]);
        AppealRights.MediationRule(AppealRights.For(LetterOutcome.FinalPlanNotice)).Should().Contain("section I");
        AppealRights.MediationRule(AppealRights.For(LetterOutcome.CessationNotice)).Should().Be(AppealRights.CertificateNeeded);
    }

    [Test]
    public void A_certificate_gives_the_extra_month_whether_or_not_the_family_takes_part_in_mediation()
    {
        AppealRights.TimeLimit(StatutoryClockRules.Default).Should().Be(
            "You must appeal within 2 months of the date of the notice, or within 1 month of the date on your mediation certificate if that is later.");
        AppealRights.TimeLimit(StatutoryClockRules.Default).Should().NotContain("take part");
        AppealRights.CertificateWhetherOrNotYouMediate.Should().Contain("whether or not you decide to take part in mediation");
    }

    [Test]
    public void The_time_limit_follows_the_configured_periods()
    {
        var rules = StatutoryClockRules.Default with { AppealMonths = 3, AppealMonthsAfterMediationCertificate = 2 };

        AppealRights.TimeLimit(rules).Should().Contain("within 3 months of the date of the notice").And.Contain("within 2 months of the date on your mediation certificate");
    }

    [Test]
    public void The_days_a_deadline_moves_off_are_named_as_configured()
    {
        AppealRights.DateMoves(StatutoryClockRules.Default)
            .Should().Be("If the last day would fall on a weekend or a bank holiday, between 25 December and 1 January or in August, it moves to the next working day after that. The date we give you allows for this.");
        AppealRights.DateMoves(StatutoryClockRules.Default with { AppealChristmasRule = false, AppealRecessMonth = 0, AppealDeadlineMovesOffNonWorkingDays = false })
            .Should().BeEmpty();
    }
}
