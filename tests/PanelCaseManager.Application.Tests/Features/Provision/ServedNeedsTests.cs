using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Provision;

/// <summary>A sector profile names the primary (SEN2) needs it serves, and a sector that does not serve the child's cannot fit.</summary>
public class ServedNeedsTests
{
    private ApplicationHarness _app = null!;

    [SetUp]
    public void SetUp() => _app = new ApplicationHarness(LetterTestSettings.AsConfiguration());

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>A hearing-impairment school whose levels would take the builder's child (communication 3, learning 2, SEMH 1, sensory 0).</summary>
    private static CreateSectorProfile.Command HearingImpairmentSchool() => Catalogue.SectorProfile("hearing-impairment", ProvisionKind.SpecialSchool, Catalogue.ProfileContent("Special school: Hearing Impairment") with
    {
        ServedNeeds = ["HI"],
        CoOccurringNeeds = ["SLCN"],
    });

    [Test]
    public async Task Publishing_a_draft_without_the_primary_needs_it_serves_is_refused_naming_them()
    {
        var created = await _app.SendAs(Personas.Administrator, Catalogue.SectorProfile(content: Catalogue.ProfileContent() with { ServedNeeds = [] }));

        var act = () => _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(created.Id, 1, created.Version));

        var errors = (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        errors.Keys.Should().Equal("servedNeeds");
        errors["servedNeeds"].Should().Equal("Choose the primary needs (SEN2) the sector serves.");
        (await _app.SendAs(Personas.Administrator, new GetSectorProfile.Query(created.Id))).PublishedVersion.Should().BeNull();
    }

    [Test]
    public async Task An_unknown_code_among_the_needs_served_is_refused_naming_it()
    {
        var act = () => _app.SendAs(Personas.Administrator, Catalogue.SectorProfile(content: Catalogue.ProfileContent() with { ServedNeeds = ["ASD", "AUT"] }));

        (await act.Should().ThrowAsync<RequestValidationException>()).Which.Errors["content.servedNeeds[1]"][0].Should().StartWith("'AUT' is not a SEN2 need code");
    }

    [Test]
    public async Task The_needs_served_are_read_back_with_their_names_in_each_version()
    {
        var published = await _app.PublishSector(HearingImpairmentSchool());
        await _app.SendAs(Personas.Administrator, new StartSectorProfileDraft.Command(published.Id, published.Version, Catalogue.ProfileContent("Special school: Hearing Impairment") with { ServedNeeds = ["HI", "MSI"] }));

        var profile = await _app.SendAs(Personas.Administrator, new GetSectorProfile.Query(published.Id));

        profile.Versions.Single(v => v.Number == 1).ServedNeeds.Should().Equal(new NeedView("HI", "Hearing impairment"));
        profile.Versions.Single(v => v.Number == 2).ServedNeeds.Select(n => n.Code).Should().Equal("HI", "MSI");
    }

    [Test]
    public async Task A_sector_that_does_not_serve_the_childs_primary_need_does_not_fit_and_says_so_in_words()
    {
        await _app.PublishSector();
        await _app.PublishSector(HearingImpairmentSchool());
        var submitted = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());

        var match = await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(submitted.Id));

        var hearing = match.Sectors.Single(s => s.Code == "hearing-impairment");
        hearing.Fit.Should().Be(SectorFit.DoesNotFit);
        hearing.ServesPrimaryNeed.Should().BeFalse();
        hearing.Summary.Should().Be("Does not fit: it does not serve autistic spectrum disorder (ASD), the child's primary need; it serves hearing impairment (HI).");
        match.Sectors.Single(s => s.Code == Catalogue.CommunicationAndAutism).Should().BeEquivalentTo(new { Fit = SectorFit.Fits, ServesPrimaryNeed = (bool?)true });
        match.Rule.Should().StartWith("A sector whose published profile does not serve the child's primary need (SEN2) does not fit");
    }

    [Test]
    public async Task A_frozen_match_stays_as_frozen_when_a_new_version_stops_serving_the_childs_need_and_the_letter_says_does_not_serve()
    {
        var autism = await _app.PublishSector();
        await _app.PublishSector(HearingImpairmentSchool());
        await _app.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        var heathfield = await _app.SendAs(Personas.Administrator, Catalogue.Setting("117800", "Heathfield School for Deaf Children", "hearing-impairment"));
        var panel = await PanelScenario.ReadyToDecideAsync(_app);
        await _app.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["4 Heol y Bont", "Stevenage"], "SG1 2AB", null));

        // The panel names a school whose sector does not serve the child's primary need: the letter explains the match it saw.
        var decided = await panel.DecideAsync(Panel.NameAnotherSetting(panel.PanelId, panel.CaseId, panel.EvidenceId) with
        {
            NamedSetting = new RecordDecision.NamedSettingInput(null, null, null, heathfield.Id),
            MainstreamPresumption = new RecordDecision.MainstreamPresumptionInput(false, true, "Support in a mainstream class was tried for a year without success.", true,
                "The child's distress disrupted classmates' learning daily, and no reasonable step could prevent it."),
        });
        await panel.SignOffAsync();
        var before = await _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(decided.DecisionId));

        // A new version of the autism profile no longer serves ASD: today's match changes, the frozen papers do not.
        var edit = await _app.SendAs(Personas.Administrator, new EditSectorProfileVersion.Command(autism.Id, 1, autism.Version, Catalogue.ProfileContent() with { ServedNeeds = ["SLCN"] }));
        await _app.SendAs(Personas.Administrator, new PublishSectorProfileVersion.Command(autism.Id, 2, edit.Change.Version));

        var after = await _app.SendAs(Personas.Auditor, new GetDecisionPanelPack.Query(decided.DecisionId));
        after.Pack.GetRawText().Should().Be(before.Pack.GetRawText(), "a frozen sector match stays as it was frozen (ADR 0150)");
        var frozen = after.Pack.GetProperty("sectorMatch").GetProperty("sectors").EnumerateArray().ToList();
        frozen.Single(s => s.GetProperty("code").GetString() == Catalogue.CommunicationAndAutism).GetProperty("fit").GetString().Should().Be(nameof(SectorFit.Fits));
        frozen.Single(s => s.GetProperty("code").GetString() == "hearing-impairment").GetProperty("summary").GetString().Should().Contain("does not serve autistic spectrum disorder (ASD)");
        (await _app.SendAs(Personas.SendOfficer, new GetSectorMatch.Query(panel.CaseId))).Sectors.Single(s => s.Code == Catalogue.CommunicationAndAutism).Fit
            .Should().Be(SectorFit.DoesNotFit, "today's match uses version 2");

        var letter = await _app.SendAs(Personas.SendOfficer, new PreviewDecisionLetter.Query(decided.DecisionId));
        using var text = new PdfText(letter.Pdf);
        text.All.Should().Contain("does not serve autistic spectrum disorder (ASD)");
    }
}
