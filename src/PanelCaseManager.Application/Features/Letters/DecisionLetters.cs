using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Turns a signed-off decision into the letter model: the outcome and what it names, the panel's reasons with the
/// sector-profile explanation from the match the panel saw, for a refused preference each 9.79 ground and why, what
/// happens next, the appeal deadline from the statutory clock (with the bank holidays), the services the family can
/// turn to, the officer's contact, and the family contact as the addressee.
/// </summary>
public sealed class DecisionLetters(PanelDbContext db, LetterSettings settings, ClockSettingsFactory clockSettings, IOptions<ConsultationOptions> consultation)
{
    /// <summary>The letter written for a panel outcome.</summary>
    public static LetterOutcome LetterFor(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.AgreeFamilyPreference => LetterOutcome.AgreePreference,
        DecisionOutcome.NameAnotherSetting => LetterOutcome.NameAnotherSetting,
        DecisionOutcome.NameTypeAndConsult => LetterOutcome.NameTypeAndConsult,
        DecisionOutcome.DeferForEvidence => LetterOutcome.DeferForEvidence,
        DecisionOutcome.Decline => LetterOutcome.Decline,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The model of the letter for a signed-off decision, dated <paramref name="letterDate"/>.</summary>
    public async Task<DecisionLetterModel> ModelAsync(Guid decisionId, DateOnly letterDate, CancellationToken cancellationToken)
    {
        var decision = await db.PanelDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken)
                       ?? throw new NotFoundException("Decision", decisionId);
        if (!decision.IsSignedOff)
        {
            throw new DomainRuleException("decision-not-signed-off", "A letter is written once the chair has signed off the decision.");
        }

        var request = await db.PlacementRequests.AsNoTracking().SingleAsync(p => p.Id == decision.PlacementRequestId, cancellationToken);
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == request.ChildId, cancellationToken);
        var contact = await db.FamilyContacts.AsNoTracking().SingleOrDefaultAsync(c => c.PlacementRequestId == request.Id, cancellationToken)
                      ?? throw new DomainRuleException(
                          "family-contact-missing",
                          "Record whom the family's letters are written to (the case's family contact) before writing the letter.");
        var officer = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.AssignedOfficerId, cancellationToken);
        var packJson = await db.CasePacks.AsNoTracking().Where(p => p.Id == decision.CasePackId).Select(p => p.Content).SingleAsync(cancellationToken);
        var match = CasePackDocument.FromJson(packJson).SectorMatch;

        var content = decision.Content;
        var outcome = LetterFor(content.Outcome);
        var agreed = content.AgreedPreferenceRank is { } rank ? request.Preferences.SingleOrDefault(p => p.Rank == rank) : null;
        var first = request.Preferences.OrderBy(p => p.Rank).FirstOrDefault();
        var (placement, isType) = content.Outcome switch
        {
            DecisionOutcome.AgreeFamilyPreference => (agreed?.Describe(), agreed?.Kind == PreferenceKind.TypeOfProvision),
            DecisionOutcome.NameAnotherSetting => (content.NamedSetting?.Name, false),
            DecisionOutcome.NameTypeAndConsult => (content.NamedProvisionKind?.Describe(), true),
            DecisionOutcome.Decline => (child.CurrentSetting, false),
            _ => ((string?)null, false),
        };

        var calendar = (await clockSettings.CreateAsync(cancellationToken)).Clock;
        var responseDays = consultation.Value.ResponseDays;
        return new DecisionLetterModel
        {
            Outcome = outcome,
            Authority = settings.Authority(),
            Family = new LetterRecipient(contact.Name, contact.Greeting, contact.PostalAddress),
            Child = new LetterChild(child.GivenName, child.FamilyName, child.DateOfBirth),
            CaseReference = request.Reference.Value,
            LetterDate = letterDate,
            FamilyPreference = (agreed ?? first)?.Describe(),
            Placement = placement,
            PlacementIsType = isType,
            Reasons = content.Reasons,
            SectorProfileExplanation = Explanation(match, decision.Placement?.SectorCode, content.Outcome),
            Grounds = RefusesThePreference(content.Outcome) ? Grounds(content) : [],
            NextSteps = NextSteps(content, placement, isType, letterDate, responseDays),
            MissingEvidence = content.MissingEvidence,
            AppealDeadline = outcome.CarriesAppealRights()
                ? StatutoryDates.AppealDeadline(letterDate, null, calendar.Rules, calendar.Calendar)
                : null,
            Mediation = settings.Mediation(),
            DisagreementResolution = settings.DisagreementResolution(),
            Sendiass = settings.Sendiass(),
            MediationContactPeriod = settings.Options.MediationContactPeriod,
            TribunalWebsite = settings.Options.TribunalWebsite,
            Officer = new OfficerContact(officer?.DisplayName ?? "The SEND team", "SEND Officer", settings.Options.Authority.Telephone, officer?.Email),
        };
    }

    /// <summary>The wording in force for an outcome: its latest version.</summary>
    public async Task<LetterTemplateText> WordingAsync(LetterOutcome outcome, CancellationToken cancellationToken) =>
        await db.LetterTemplates.AsNoTracking()
            .Where(t => t.Outcome == outcome)
            .OrderByDescending(t => t.Version)
            .Select(t => new LetterTemplateText(t.Outcome, t.Version, t.Body))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Letter template", outcome.ToString());

    private static bool RefusesThePreference(DecisionOutcome outcome) =>
        outcome is DecisionOutcome.NameAnotherSetting or DecisionOutcome.NameTypeAndConsult or DecisionOutcome.Decline;

    /// <summary>The 9.79 grounds considered for the family's first preference tested under s.39, in the order considered.</summary>
    private static List<GroundConsidered> Grounds(DecisionContent content) =>
        content.PreferenceTests
            .Where(t => t.Duty == NamingDuty.Section39)
            .OrderBy(t => t.PreferenceRank)
            .Take(1)
            .SelectMany(t => t.Grounds)
            .Select(g => new GroundConsidered(GroundOf(g.Ground), g.Applies, g.Reasons))
            .ToList();

    private static PreferenceGround GroundOf(Section39Ground ground) => ground switch
    {
        Section39Ground.Unsuitable => PreferenceGround.Unsuitable,
        Section39Ground.IncompatibleWithEfficientEducationOfOthers => PreferenceGround.IncompatibleWithEfficientEducationOfOthers,
        Section39Ground.IncompatibleWithEfficientUseOfResources => PreferenceGround.IncompatibleWithEfficientUseOfResources,
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown ground."),
    };

    /// <summary>How the child's needs compared with the profile of the sector placed in (or the best fitting one), as the panel saw it.</summary>
    private static string? Explanation(CasePackDocument.PackSectorMatch? match, string? sectorCode, DecisionOutcome outcome)
    {
        if (match is null || outcome == DecisionOutcome.DeferForEvidence)
        {
            return null;
        }

        var verdict = match.Sectors.FirstOrDefault(s => s.Code == sectorCode)
                      ?? match.Sectors.Where(s => s.Fit != Domain.Provision.SectorFit.DoesNotFit).OrderBy(s => s.Fit).FirstOrDefault();
        return verdict is null ? null : $"{verdict.Name} (profile version {verdict.ProfileVersion}): {verdict.Summary}";
    }

    private static List<NextStep> NextSteps(DecisionContent content, string? placement, bool isType, DateOnly letterDate, int responseDays) => content.Outcome switch
    {
        DecisionOutcome.DeferForEvidence =>
        [
            .. content.MissingEvidence.Select(e => new NextStep($"We will ask for: {e}", null)),
            new NextStep("The panel will look at the request again when the evidence has arrived", null),
        ],
        DecisionOutcome.Decline => [],
        _ when placement is not null =>
        [
            new NextStep(
                isType
                    ? $"We will consult settings that are {placement} about a place, and each has {responseDays} days to reply"
                    : $"We will consult {placement} about naming it in the plan; it has {responseDays} days to reply",
                letterDate.AddDays(responseDays)),
            new NextStep("We will send you the plan naming the setting once the consultation is complete", null),
        ],
        _ => [],
    };
}
