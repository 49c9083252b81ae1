using System.Globalization;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Letters;

/// <summary>
/// Every reason in the panel's letter, read back from the issued PDF: each preference not agreed with the test its
/// setting's status called for, and when the right of appeal arises for the type of request; a deferral's date.
/// </summary>
public class DecisionLetterReasonsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private ApplicationHarness _app = null!;
    private PanelScenario _panel = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());
        await _app.PublishSector();
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117701", "Oakleigh House School") with { Kind = ProvisionKind.Independent, Status = SettingStatus.OtherIndependent });
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task ReadyAsync(RequestType type = RequestType.NewPlan)
    {
        var request = A.PlacementRequest() with
        {
            Type = type,
            Preferences =
            [
                new(1, PreferenceKind.NamedSetting, "Brookside Special School", "117660", null, "Small classes."),
                new(2, PreferenceKind.NamedSetting, "Oakleigh House School", "117701", null, "Smaller still, with therapy on site."),
            ],
        };
        _panel = await PanelScenario.ReadyToDecideAsync(_app, request);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(_panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["4 Heol y Bont"], "SG1 2AB", null));
    }

    private async Task<string> IssuedLetterText(RecordDecision.Command decision)
    {
        var decided = await _panel.DecideAsync(decision);
        await _panel.SignOffAsync();
        var issued = await _app.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
        using var text = new PdfText((await _app.SendAs(Personas.SendOfficer, new GetIssuedLetterPdf.Query(issued.LetterId))).Pdf);
        return text.All;
    }

    private RecordDecision.Command Agree(int rank, params RecordDecision.PreferenceTestInput[] tests) =>
        Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with { AgreedPreferenceRank = rank, PreferenceTests = tests };

    [Test]
    public async Task Agreeing_the_second_preference_gives_the_ground_and_reasons_for_refusing_the_first()
    {
        await ReadyAsync();

        var letter = await IssuedLetterText(Agree(2,
            Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.Unsuitable) with { SettingStatus = null },
            new RecordDecision.PreferenceTestInput(2, null, new RecordDecision.Section9Input(true, true, 8_230_000, 3_620_000, "The family's wishes are met.", []))));

        letter.Should().Contain("We have agreed to your request: Ffion will have a place at Oakleigh House School");
        letter.Should().Contain("The choices you liked more").And.Contain("Your choice 1: Brookside Special School").And.Contain("Brookside Special School is a maintained school.");
        letter.Should().Contain("The panel finds that the").And.Contain("on the EP's advice", "the ground that applies is explained with the panel's reasons");
        letter.Should().NotContain("Your choice 2", "the preference agreed is not refused");
    }

    [Test]
    public async Task A_section_9_refusal_is_worded_as_section_9_and_the_section_39_refusal_as_section_39()
    {
        await ReadyAsync();

        var letter = await IssuedLetterText(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with
        {
            PreferenceTests =
            [
                Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources) with { SettingStatus = null },
                Panel.Section9Test(2, _panel.EvidenceId, status: null),
            ],
        });

        var first = letter[letter.IndexOf("Your choice 1: Brookside", StringComparison.Ordinal)..letter.IndexOf("Your choice 2", StringComparison.Ordinal)];
        var second = letter[letter.IndexOf("Your choice 2: Oakleigh House School", StringComparison.Ordinal)..letter.IndexOf("Mainstream education", StringComparison.Ordinal)];
        first.Should().Contain("section 39(4)").And.NotContain("section 9 of the Education Act");
        second.Should().Contain("Oakleigh House School is an independent school or college that is not approved under section 41.")
            .And.Contain("section 9 of the Education Act 1996").And.Contain("£91,000, compared with £23,000").And.NotContain("section 39(4)");
        letter.Should().Contain("The SRP is on a mainstream site", "the s.33 reasons are given where the LA names the setting");
    }

    [Test]
    public async Task A_change_of_placement_decided_outside_a_review_points_the_family_to_an_early_review()
    {
        await ReadyAsync(RequestType.ChangeOfPlacement);

        var letter = await IssuedLetterText(Panel.NameAnotherSetting(_panel.PanelId, _panel.CaseId, _panel.EvidenceId) with
        {
            PreferenceTests =
            [
                Panel.Section39Test(1, _panel.EvidenceId, Section39Ground.IncompatibleWithEfficientUseOfResources) with { SettingStatus = null },
                Panel.Section9Test(2, _panel.EvidenceId, status: null),
            ],
            DecidedAtReview = false,
        });

        letter.Should().Contain("You cannot appeal against this decision. It was made outside a review of Ffion's plan, so it has no right of appeal of its own.")
            .And.Contain("you can ask us for an early review of the plan")
            .And.NotContain("You must appeal by");
    }

    [Test]
    public async Task A_phase_transfer_says_the_right_of_appeal_comes_with_the_amended_plan_due_by_the_statutory_date()
    {
        await ReadyAsync(RequestType.PhaseTransfer);

        var letter = await IssuedLetterText(Agree(1, Panel.Section39Test(1, _panel.EvidenceId) with { SettingStatus = null },
            Panel.Section9Test(2, _panel.EvidenceId, status: null)));

        letter.Should().Contain("We will change Ffion's plan to name the next school or setting by 15 February 2027. Your right to appeal starts when we send you the changed (amended) plan.");
    }

    [Test]
    public async Task A_deferral_gives_the_date_of_the_panel_that_will_decide()
    {
        await ReadyAsync();
        var next = await _app.SendAs(Personas.SendOfficer, Panel.Meeting(new DateOnly(2027, 1, 13)));

        var letter = await IssuedLetterText(Panel.Defer(_panel.PanelId, _panel.CaseId));

        next.Id.Should().NotBeEmpty();
        letter.Should().Contain("The panel will look at your request again at its meeting on Wednesday 13 January 2027.");
        letter.Should().Contain("you cannot appeal against it").And.NotContain("You must appeal by");
    }

    [Test]
    public async Task The_family_rights_page_is_written_from_the_same_rules_as_the_notices()
    {
        var rights = await _app.SendAs(Personas.Family, new GetYourRights.Query());

        rights.WhatYouCanAppeal.Select(d => d.Notice).Should().Equal(LetterOutcomes.Notices);
        rights.WhatYouCanAppeal.Select(d => d.Decision).Should().Equal(AppealRights.All.Select(r => r.Decision));
        rights.WhatYouCanAppeal.Where(d => d.PlacementOnlyNeedsNoCertificate).Select(d => d.Notice)
            .Should().BeEquivalentTo([LetterOutcome.FinalPlanNotice, LetterOutcome.FinalAmendedPlanNotice]);
        rights.TimeLimit.Should().Be(AppealRights.TimeLimit(Domain.Timeliness.StatutoryClockRules.Default));
        rights.PlacementOnlyException.Should().Be(AppealRights.PlacementOnlyException);
        rights.Certificate.Should().Contain("whether or not you decide to take part in mediation");
    }
}
