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
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Turns a signed-off decision into the letter model: the outcome and what it names, the panel's reasons with the
/// sector-profile explanation from the match the panel saw, every preference not agreed with its ground(s) and
/// reasons (s.39(4), or s.9 for an independent setting outside s.41), the mainstream presumption where the LA names
/// the setting (s.33), what happens next, when the right of appeal will arise for this type of request (never a
/// deadline of its own: that runs from the notice sent with the plan), for a deferral when the decision will be made,
/// the services the family can turn to, the officer's contact, and the family contact as the addressee.
/// </summary>
public sealed class DecisionLetters(PanelDbContext db, LetterSettings settings, IOptions<ConsultationOptions> consultation)
{
    private static readonly MilestoneKind[] DecisionMilestones =
        [MilestoneKind.DecisionWhetherToIssue, MilestoneKind.FinalPlan, MilestoneKind.PhaseTransferAmendment, MilestoneKind.ReviewDecision];

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

    /// <summary>When the family's right of appeal arises after this decision on this type of request (statutory-framework.md §3).</summary>
    public static AppealRoute RouteFor(RequestType type, DecisionContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var refusesToAmend = content.Outcome == DecisionOutcome.Decline && !content.PlacesTheChild;
        return content switch
        {
            { IsDeferral: true } => AppealRoute.None,
            { RefusesToIssuePlan: true } => AppealRoute.RefusalToIssue,
            _ => type switch
            {
                RequestType.NewPlan => AppealRoute.FinalPlan,
                RequestType.PhaseTransfer => AppealRoute.PhaseTransfer,
                RequestType.AmendmentAfterAnnualReview => refusesToAmend ? AppealRoute.RefusalToAmend : AppealRoute.AmendedPlan,
                RequestType.ChangeOfPlacement when content.DecidedAtReview == true => refusesToAmend ? AppealRoute.RefusalToAmend : AppealRoute.AmendedPlan,
                RequestType.ChangeOfPlacement => AppealRoute.EarlyReview,
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown request type."),
            },
        };
    }

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
        var packJson = await db.CasePacks.AsNoTracking().Where(p => p.Id == decision.CasePackId).Select(p => p.Content).SingleAsync(cancellationToken);
        var match = CasePackDocument.FromJson(packJson).SectorMatch;
        var milestones = await MilestonesAsync(request.Id, cancellationToken);

        var content = decision.Content;
        var outcome = LetterFor(content.Outcome);
        var letter = await BaseAsync(request, outcome, letterDate, cancellationToken);
        var (placement, isType, isCurrent) = PlacementOf(content, request, letter.ChildCurrentSetting);
        var route = RouteFor(request.Type, content);
        var responseDays = consultation.Value.ResponseDays;
        var nextDecision = content.IsDeferral ? await NextDecisionAsync(request, milestones, letterDate, cancellationToken) : null;
        return letter.Model with
        {
            FamilyPreference = FamilyPreferenceOf(content, request),
            Placement = placement,
            PlacementIsType = isType,
            PlacementIsCurrent = isCurrent,
            Reasons = content.Reasons,
            SectorProfileExplanation = Explanation(match, decision.Placement?.SectorCode, content.Outcome),
            RefusedPreferences = RefusedPreferences(content, request),
            Mainstream = MainstreamOf(content),
            NextSteps = NextSteps(content, placement, isType, letterDate, responseDays, nextDecision),
            MissingEvidence = content.MissingEvidence,
            NextDecision = nextDecision,
            AppealRoute = route,
            PlanDue = PlanDueFor(route, milestones, letterDate),
        };
    }

    /// <summary>The wording in force for a letter: its latest version.</summary>
    public async Task<LetterTemplateText> WordingAsync(LetterOutcome outcome, CancellationToken cancellationToken) =>
        await db.LetterTemplates.AsNoTracking()
            .Where(t => t.Outcome == outcome)
            .OrderByDescending(t => t.Version)
            .Select(t => new LetterTemplateText(t.Outcome, t.Version, t.Body))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Letter template", outcome.ToString());

    /// <summary>A letter's parts that come from the case and configuration: addressee, child, officer, contacts.</summary>
    internal sealed record LetterBase(DecisionLetterModel Model, string? ChildCurrentSetting);

    /// <summary>What every letter to the family on the case shows, whatever it is about; the reasons are filled in by the caller.</summary>
    internal async Task<LetterBase> BaseAsync(PlacementRequest request, LetterOutcome outcome, DateOnly letterDate, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == request.ChildId, cancellationToken);
        var contact = await db.FamilyContacts.AsNoTracking().SingleOrDefaultAsync(c => c.PlacementRequestId == request.Id, cancellationToken)
                      ?? throw new DomainRuleException(
                          "family-contact-missing",
                          "Record whom the family's letters are written to (the case's family contact) before writing the letter.");
        var officer = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.AssignedOfficerId, cancellationToken);
        var model = new DecisionLetterModel
        {
            Outcome = outcome,
            Authority = settings.Authority(),
            Family = new LetterRecipient(contact.Name, contact.Greeting, contact.PostalAddress),
            Child = new LetterChild(child.GivenName, child.FamilyName, child.DateOfBirth),
            CaseReference = request.Reference.Value,
            LetterDate = letterDate,
            Reasons = string.Empty,
            Mediation = settings.Mediation(),
            DisagreementResolution = settings.DisagreementResolution(),
            Sendiass = settings.Sendiass(),
            MediationContactPeriod = settings.Options.MediationContactPeriod,
            TribunalWebsite = settings.Options.TribunalWebsite,
            Officer = new OfficerContact(officer?.DisplayName ?? "The SEND team", "SEND Officer", settings.Options.Authority.Telephone, officer?.Email),
        };
        return new LetterBase(model, child.CurrentSetting);
    }

    /// <summary>The case's statutory deadlines as the clock last computed them (none for a case without a clock).</summary>
    internal async Task<IReadOnlyList<CaseMilestone>> MilestonesAsync(PlacementRequestId caseId, CancellationToken cancellationToken) =>
        (await db.CaseClocks.AsNoTracking().WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == caseId, cancellationToken))?.Milestones
        ?? [];

    /// <summary>What the family asked for, as the letter refers to it: the preference agreed, or their first choice.</summary>
    internal static string? FamilyPreferenceOf(DecisionContent content, PlacementRequest request)
    {
        var agreed = content.AgreedPreferenceRank is { } rank ? request.Preferences.SingleOrDefault(p => p.Rank == rank) : null;
        return (agreed ?? request.Preferences.OrderBy(p => p.Rank).FirstOrDefault())?.Describe();
    }

    /// <summary>Where the decision places the child: a preference agreed, a setting or type named, or (a decline naming nothing) where they are now.</summary>
    internal static (string? Placement, bool IsType, bool IsCurrent) PlacementOf(DecisionContent content, PlacementRequest request, string? currentSetting)
    {
        var agreed = content.AgreedPreferenceRank is { } rank ? request.Preferences.SingleOrDefault(p => p.Rank == rank) : null;
        return content.Outcome switch
        {
            DecisionOutcome.AgreeFamilyPreference => (agreed?.Describe(), agreed?.Kind == PreferenceKind.TypeOfProvision, false),
            DecisionOutcome.NameAnotherSetting => (content.NamedSetting?.Name, false, false),
            DecisionOutcome.NameTypeAndConsult => (content.NamedProvisionKind is { } type ? ProvisionKindNames.Describe(type) : null, true, false),
            DecisionOutcome.Decline when content.NamedSetting is { } named => (named.Name, false, false),
            DecisionOutcome.Decline when content.NamedProvisionKind is { } kind => (ProvisionKindNames.Describe(kind), true, false),
            DecisionOutcome.Decline when !content.RefusesToIssuePlan && currentSetting is not null => (currentSetting, false, true),
            _ => (null, false, false),
        };
    }

    /// <summary>Every preference the decision does not agree, with its setting's status, the test it took and the panel's reasons.</summary>
    internal static List<RefusedPreference> RefusedPreferences(DecisionContent content, PlacementRequest request) =>
        content.RefusedPreferences
            .Select(test => new RefusedPreference(
                test.PreferenceRank,
                request.Preferences.SingleOrDefault(p => p.Rank == test.PreferenceRank)?.Describe() ?? test.Setting?.Name ?? $"Preference {test.PreferenceRank}",
                test.Status?.Describe(),
                test.Duty == NamingDuty.Section9,
                test.Duty == NamingDuty.Section39 ? test.Grounds.Select(g => new GroundConsidered(GroundOf(g.Ground), g.Applies, g.Reasons)).ToList() : [],
                test is { Duty: NamingDuty.Section9, Section9: { } s9 }
                    ? new Section9Findings(
                        s9.CompatibleWithEfficientInstruction,
                        s9.AvoidsUnreasonablePublicExpenditure,
                        Money.FromPence(s9.RequestedPlacementCostPence).Pounds,
                        Money.FromPence(s9.AlternativeCostPence).Pounds,
                        s9.Reasons)
                    : null))
            .ToList();

    /// <summary>The panel's findings on mainstream education where it recorded them (CFA s.33).</summary>
    internal static MainstreamReasons? MainstreamOf(DecisionContent content) =>
        content.MainstreamPresumption is { } m
            ? new MainstreamReasons(
                content.ProvisionNamedByAuthority?.IsMainstream() ?? true,
                m.FamilyDoesNotWantMainstream,
                m.IncompatibleWithEfficientEducationOfOthers,
                m.NoReasonableStepsCouldPrevent,
                m.ReasonableStepsConsidered,
                m.Reasons)
            : null;

    private static PreferenceGround GroundOf(Section39Ground ground) => ground switch
    {
        Section39Ground.Unsuitable => PreferenceGround.Unsuitable,
        Section39Ground.IncompatibleWithEfficientEducationOfOthers => PreferenceGround.IncompatibleWithEfficientEducationOfOthers,
        Section39Ground.IncompatibleWithEfficientUseOfResources => PreferenceGround.IncompatibleWithEfficientUseOfResources,
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown ground."),
    };

    /// <summary>The date the plan that gives rise to the right of appeal is due, when the clock has it and it is still ahead.</summary>
    private static DateOnly? PlanDueFor(AppealRoute route, IReadOnlyList<CaseMilestone> milestones, DateOnly letterDate)
    {
        var kind = route switch
        {
            AppealRoute.FinalPlan => MilestoneKind.FinalPlan,
            AppealRoute.PhaseTransfer => MilestoneKind.PhaseTransferAmendment,
            AppealRoute.AmendedPlan => MilestoneKind.AmendedFinalPlan,
            _ => (MilestoneKind?)null,
        };
        return milestones.FirstOrDefault(m => m.Kind == kind && !m.NotApplicable && m.MetOn is null && m.DueDate >= letterDate)?.DueDate;
    }

    /// <summary>
    /// When a deferred decision will be made, from the case's data: the later meeting whose agenda the case is on,
    /// else the next panel meeting scheduled whose evidence cut-off is still ahead, else the statutory date by which
    /// the decision is due. A letter that cannot say is refused, naming what to do.
    /// </summary>
    private async Task<NextDecision> NextDecisionAsync(PlacementRequest request, IReadOnlyList<CaseMilestone> milestones, DateOnly letterDate, CancellationToken cancellationToken)
    {
        var caseId = request.Id;
        var onAgenda = await db.PanelMeetings.AsNoTracking()
            .Where(m => m.MeetingDate > letterDate && m.Agenda.Any(a => a.PlacementRequestId == caseId))
            .OrderBy(m => m.MeetingDate)
            .Select(m => (DateOnly?)m.MeetingDate)
            .FirstOrDefaultAsync(cancellationToken);
        if (onAgenda is { } agendaDate)
        {
            return new NextDecision(agendaDate, AtPanel: true);
        }

        var cutOffAfter = LondonTime.InstantOf(letterDate, TimeOnly.MaxValue);
        var next = (await db.PanelMeetings.AsNoTracking()
                .Where(m => m.MeetingDate > letterDate)
                .Select(m => new { m.MeetingDate, m.CutOffAt })
                .ToListAsync(cancellationToken))
            .Where(m => m.CutOffAt > cutOffAfter)
            .OrderBy(m => m.MeetingDate)
            .FirstOrDefault();
        if (next is not null)
        {
            return new NextDecision(next.MeetingDate, AtPanel: true);
        }

        var due = milestones
            .Where(m => DecisionMilestones.Contains(m.Kind) && !m.NotApplicable && m.MetOn is null && m.DueDate >= letterDate)
            .OrderBy(m => m.DueDate)
            .FirstOrDefault();
        return due?.DueDate is { } by
            ? new NextDecision(by, AtPanel: false)
            : throw new DomainRuleException(
                "next-decision-date-unknown",
                "The letter must tell the family when the decision will be made, and this case has no date for it: schedule the panel meeting that will look at the case again (or put the case on its agenda), then write the letter.");
    }

    /// <summary>How the child's needs compared with the profile of the sector placed in (or the best fitting one), as the panel saw it.</summary>
    private static string? Explanation(CasePackDocument.PackSectorMatch? match, string? sectorCode, DecisionOutcome outcome)
    {
        if (match is null || outcome == DecisionOutcome.DeferForEvidence)
        {
            return null;
        }

        var verdict = match.Sectors.FirstOrDefault(s => s.Code == sectorCode)
                      ?? match.Sectors.Where(s => s.Fit != SectorFit.DoesNotFit).OrderBy(s => s.Fit).FirstOrDefault();
        return verdict is null ? null : $"{verdict.Name} (profile version {verdict.ProfileVersion}): {verdict.Summary}";
    }

    private static List<NextStep> NextSteps(DecisionContent content, string? placement, bool isType, DateOnly letterDate, int responseDays, NextDecision? nextDecision) => content.Outcome switch
    {
        DecisionOutcome.DeferForEvidence =>
        [
            .. content.MissingEvidence.Select(e => new NextStep($"We will ask for: {e}", null)),
            nextDecision is { AtPanel: true }
                ? new NextStep("The panel will look at the request again at its meeting", nextDecision.Date)
                : new NextStep("We will make our decision", nextDecision?.Date),
        ],
        _ when content.RefusesToIssuePlan => [new NextStep("We will send you a notice of our decision not to issue a plan. It tells you how to appeal", null)],
        DecisionOutcome.Decline when !content.PlacesTheChild => [],
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
