using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Features.Family;

public class FamilyRequestTests
{
    private ApplicationHarness _app = null!;
    private SubmitPlacementRequest.Result _own = null!;
    private SubmitPlacementRequest.Result _someoneElses = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = new ApplicationHarness();
        _own = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        _someoneElses = await _app.SendAs(Personas.SendOfficer, A.PlacementRequest() with { Child = A.Child() with { GivenName = "Osian", FamilyName = "Pryce" } });
        var family = (await _app.SendAs(Personas.Administrator, new ListUsers.Query(Domain.Users.Role.Family))).Single(u => u.Id == Personas.Family.Id);
        await _app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, _own.Reference, "Mother", family.Version));
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    [Test]
    public async Task What_happens_next_lists_the_deadlines_ahead_by_date_in_plain_english()
    {
        var next = await _app.SendAs(Personas.Family, new GetWhatHappensNext.Query(_own.Id));

        next.Stopped.Should().BeFalse();
        next.Ahead.Should().NotBeEmpty();
        next.Ahead.Select(d => d.By).Should().BeInAscendingOrder();
        var decision = next.Ahead.Single(d => d.Kind == MilestoneKind.DecisionToAssess);
        decision.What.Should().Be("We decide whether to carry out an EHC needs assessment, and tell you");
        decision.WhyThisDate.Should().Be("The law gives us 6 weeks from the request.");
        decision.By.Should().Be(A.PlacementRequest().ReceivedDate!.Value.AddDays(42));
        decision.Late.Should().BeFalse();
    }

    [Test]
    public async Task What_happens_next_takes_its_periods_from_configuration()
    {
        await using var app = new ApplicationHarness(new Dictionary<string, string?> { ["StatutoryClock:DecisionToAssessWeeks"] = "5" });
        var submitted = await app.SendAs(Personas.SendOfficer, A.PlacementRequest());
        var family = (await app.SendAs(Personas.Administrator, new ListUsers.Query(Domain.Users.Role.Family))).Single(u => u.Id == Personas.Family.Id);
        await app.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, submitted.Reference, "Father", family.Version));

        var next = await app.SendAs(Personas.Family, new GetWhatHappensNext.Query(submitted.Id));

        next.Ahead.Single(d => d.Kind == MilestoneKind.DecisionToAssess).WhyThisDate.Should().Be("The law gives us 5 weeks from the request.");
    }

    [Test]
    public async Task A_withdrawn_request_has_nothing_ahead()
    {
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(_own.Id, StageTransition.Withdraw, _own.Version, "The family moved away.", null, null));

        var next = await _app.SendAs(Personas.Family, new GetWhatHappensNext.Query(_own.Id));

        next.Stopped.Should().BeTrue();
        next.Ahead.Should().BeEmpty();
    }

    [Test]
    public async Task A_family_cannot_read_or_change_another_childs_request()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetWhatHappensNext.Query(_someoneElses.Id))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GetFamilyCase.Query(_someoneElses.Id))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GiveYourViews.Command(_someoneElses.Id, Voice.Family, "Being with friends.", null, null)))
            .Should().ThrowAsync<NotFoundException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new AskForAPlace.Command(_someoneElses.Id, _someoneElses.Version, PreferenceKind.TypeOfProvision, null, ProvisionKind.SendUnit, "Smaller.")))
            .Should().ThrowAsync<NotFoundException>();

        (await _app.Read(db => db.CaseViews.CountAsync())).Should().Be(0);
    }

    [Test]
    public async Task Staff_cannot_send_the_familys_own_commands()
    {
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new GiveYourViews.Command(_own.Id, Voice.Family, "Being with friends.", null, null)))
            .Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Awaiting(() => _app.SendAs(Personas.SendOfficer, new GetWhatHappensNext.Query(_own.Id))).Should().ThrowAsync<ForbiddenException>();
    }

    [Test]
    public async Task The_familys_own_views_go_into_the_evidence_as_given_by_them_today()
    {
        var result = await _app.SendAs(Personas.Family, new GiveYourViews.Command(_own.Id, Voice.Family, "  Being near her brother.  ", "To make friends.", null));

        var views = (await _app.SendAs(Personas.SendOfficer, new GetCaseEvidence.Query(_own.Id))).Views;
        views.Should().ContainSingle(v => v.Id == result.Id).Which.Should().BeEquivalentTo(new
        {
            Voice = Voice.Family,
            GivenBy = "Sarah Bennett (Mother)",
            GatheredOn = TestClock.Today,
            HowGathered = GiveYourViews.HowGathered,
            WhatMatters = "Being near her brother.",
            HopesAndAspirations = "To make friends.",
        });
        var own = await _app.SendAs(Personas.Family, new GetFamilyCase.Query(_own.Id));
        own.ViewsGiven.Should().ContainSingle().Which.WhatMatters.Should().Be("Being near her brother.");
        (await _app.Read(db => db.CaseEvents.CountAsync(e => e.Kind == "views-recorded"))).Should().Be(1);
    }

    [Test]
    public async Task The_childs_own_views_say_who_wrote_them_down()
    {
        await _app.SendAs(Personas.Family, new GiveYourViews.Command(_own.Id, Voice.Child, "My dog.", null, "Quiet places."));

        var view = (await _app.SendAs(Personas.SendOfficer, new GetCaseEvidence.Query(_own.Id))).Views.Single();
        view.GivenBy.Should().Be("Ffion, written down by Sarah Bennett (Mother)");
    }

    [Test]
    public async Task Views_without_what_matters_are_refused_naming_the_fields()
    {
        var errors = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GiveYourViews.Command(_own.Id, null, " ", new string('a', 4001), null)))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;

        errors.Should().ContainKeys("voice", "whatMatters", "hopesAndAspirations");
        errors["whatMatters"].Should().Contain("Tell us what matters most.");
    }

    [Test]
    public async Task Views_cannot_be_given_on_a_withdrawn_request()
    {
        await _app.SendAs(Personas.SendOfficer, new MoveStage.Command(_own.Id, StageTransition.Withdraw, _own.Version, "Moved away.", null, null));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new GiveYourViews.Command(_own.Id, Voice.Family, "Friends.", null, null)))
            .Should().ThrowAsync<Domain.Common.DomainRuleException>();
        (await _app.SendAs(Personas.Family, new GetFamilyCase.Query(_own.Id))).CanGiveViews.Should().BeFalse();
    }

    [Test]
    public async Task Asking_for_a_place_adds_it_after_the_choices_already_made()
    {
        var own = await _app.SendAs(Personas.Family, new GetFamilyCase.Query(_own.Id));
        own.CanAskForAPlace.Should().BeTrue();

        var asked = await _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, own.Version, PreferenceKind.TypeOfProvision, null, ProvisionKind.SendUnit, " A smaller class. "));

        asked.Rank.Should().Be(own.YourPreferences.Count + 1);
        var details = await _app.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_own.Id));
        details.Preferences.Should().HaveCount(own.YourPreferences.Count + 1);
        details.Preferences[^1].Should().BeEquivalentTo(new { Rank = asked.Rank, ProvisionKind = ProvisionKind.SendUnit, Reasons = "A smaller class." });
        details.Version.Should().Be(asked.Version);
    }

    [Test]
    public async Task Asking_for_a_place_needs_the_name_or_type_and_the_reasons()
    {
        var named = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, _own.Version, PreferenceKind.NamedSetting, " ", null, "")))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        named.Should().ContainKeys("settingName", "reasons");

        var type = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, _own.Version, PreferenceKind.TypeOfProvision, null, null, "Smaller.")))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        type.Should().ContainKey("provisionKind");

        var none = (await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, _own.Version, null, null, null, "Smaller.")))
            .Should().ThrowAsync<RequestValidationException>()).Which.Errors;
        none.Should().ContainKey("kind");
    }

    [Test]
    public async Task Asking_for_the_same_place_twice_is_refused_and_changes_nothing()
    {
        var own = await _app.SendAs(Personas.Family, new GetFamilyCase.Query(_own.Id));
        var first = own.YourPreferences[0].Choice;

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, own.Version, PreferenceKind.NamedSetting, first, null, "Still our choice.")))
            .Should().ThrowAsync<Domain.Common.DomainRuleException>().WithMessage("*repeats an earlier preference*");
        (await _app.SendAs(Personas.Family, new GetFamilyCase.Query(_own.Id))).YourPreferences.Should().HaveCount(own.YourPreferences.Count);
    }

    [Test]
    public async Task Asking_from_a_stale_page_is_refused()
    {
        var own = await _app.SendAs(Personas.Family, new GetFamilyCase.Query(_own.Id));
        await _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, own.Version, PreferenceKind.TypeOfProvision, null, ProvisionKind.SendUnit, "Smaller."));

        await FluentActions.Awaiting(() => _app.SendAs(Personas.Family, new AskForAPlace.Command(_own.Id, own.Version, PreferenceKind.TypeOfProvision, null, ProvisionKind.SpecialSchool, "Specialist.")))
            .Should().ThrowAsync<Domain.Common.ConcurrencyConflictException>();
    }

    [Test]
    public async Task Rights_name_the_configured_contacts_and_leave_out_the_missing_ones()
    {
        await using var app = new ApplicationHarness(new Dictionary<string, string?>
        {
            ["Letters:Sendiass:Name"] = "Borsetshire SENDIASS",
            ["Letters:Sendiass:Telephone"] = "01234 567890",
            ["Letters:Mediation:Name"] = "",
        });

        var rights = await app.SendAs(Personas.Family, new GetYourRights.Query());

        rights.Sendiass.Should().BeEquivalentTo(new GetYourRights.Contact("Borsetshire SENDIASS", "01234 567890", null, null));
        rights.Mediation.Should().BeNull();
        rights.AppealMonths.Should().Be(2);
        rights.TribunalWebsite.Should().StartWith("https://");
    }
}
