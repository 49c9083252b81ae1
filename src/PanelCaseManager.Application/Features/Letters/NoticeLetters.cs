using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Prepares a notice that carries the right of appeal (statutory-framework.md §3): the case as the notice's rules see
/// it, what the officer gave filled in from the panel's decision it follows (the school or type the plan names, the
/// reasons, each preference not agreed with its grounds, the s.33 findings), the rules checked, and the letter model
/// with the last day to appeal from the statutory clock and the rights in the words of <see cref="AppealRights"/>.
/// </summary>
public sealed class NoticeLetters(PanelDbContext db, DecisionLetters letters, ClockSettingsFactory clockSettings)
{
    /// <summary>A notice ready to be written: its case, what it says, its letter model and the decision it follows.</summary>
    public sealed record Prepared(NoticeCase Case, NoticeContent Content, DecisionLetterModel Model);

    /// <summary>The case as its notices see it: its type, whether the child has a plan, the letters sent, the decision that stands.</summary>
    public async Task<(PlacementRequest Request, NoticeCase Case)> CaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var id = new PlacementRequestId(caseId);
        var request = await db.PlacementRequests.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                      ?? throw new NotFoundException("Placement request", caseId);
        var sent = await db.IssuedLetters.AsNoTracking().Where(l => l.PlacementRequestId == id).OrderBy(l => l.Number).ToListAsync(cancellationToken);
        var recorded = await db.CaseClocks.AsNoTracking()
            .Where(c => c.PlacementRequestId == id)
            .Select(c => new
            {
                FinalPlan = c.Events.Any(e => e.Kind == ClockEventKind.FinalPlanIssued),
                Reassessment = c.Events.Any(e => e.Kind == ClockEventKind.ReassessmentRequested),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var decisions = await db.PanelDecisions.AsNoTracking()
            .Where(d => d.PlacementRequestId == id && d.Status == DecisionStatus.SignedOff)
            .ToListAsync(cancellationToken);
        var superseded = decisions.Where(d => d.SupersedesDecisionId is not null).Select(d => d.SupersedesDecisionId!.Value).ToHashSet();
        var standing = decisions.Where(d => !superseded.Contains(d.Id)).OrderBy(d => d.SignedOffAt).LastOrDefault();
        return (request, new NoticeCase(id, request.Reference, request.Type, recorded?.FinalPlan ?? false, sent, standing, recorded?.Reassessment ?? false));
    }

    /// <summary>What the plan names, from the decision it follows: the preference agreed, or the setting or type named.</summary>
    public static string? NamedInPlanBy(PanelDecision? basis, PlacementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return basis is { Content.PlacesTheChild: true } ? DecisionLetters.PlacementOf(basis.Content, request, currentSetting: null).Placement : null;
    }

    /// <summary>The notice's content and letter model, dated <paramref name="letterDate"/>; refused when the notice's rules do not allow it.</summary>
    public async Task<Prepared> PrepareAsync(Guid caseId, LetterOutcome notice, string? namedInPlan, string? reasons, DateOnly letterDate, CancellationToken cancellationToken)
    {
        var (request, noticeCase) = await CaseAsync(caseId, cancellationToken);
        var basis = AppealableNotices.BasisOf(notice, noticeCase.Decision);
        var content = new NoticeContent(
            string.IsNullOrWhiteSpace(namedInPlan) ? NamedInPlanBy(basis, request) : namedInPlan.Trim(),
            string.IsNullOrWhiteSpace(reasons) ? null : reasons.Trim());
        if (AppealableNotices.Check(notice, noticeCase, content) is { } breach)
        {
            throw new DomainRuleException(breach.Code, breach.Message);
        }

        var timeliness = await clockSettings.CreateAsync(cancellationToken);
        await CheckClockAsync(request, notice, letterDate, timeliness, cancellationToken);
        var clock = timeliness.Clock;
        var right = AppealRights.For(notice);
        var letter = (await letters.BaseAsync(request, notice, letterDate, cancellationToken)).Model;
        var decided = basis?.Content;
        var model = letter with
        {
            FamilyPreference = decided is null ? null : DecisionLetters.FamilyPreferenceOf(decided, request),
            Placement = notice.IsPlanNotice() ? content.NamedInPlan : null,
            NamedInPlan = notice.IsPlanNotice() ? content.NamedInPlan : null,
            Reasons = content.Reasons ?? decided?.Reasons ?? string.Empty,
            RefusedPreferences = decided is null ? [] : DecisionLetters.RefusedPreferences(decided, request),
            Mainstream = decided is null ? null : DecisionLetters.MainstreamOf(decided),
            AppealDeadline = StatutoryDates.AppealDeadline(letterDate, null, clock.Rules, clock.Calendar),
            Rights = new NoticeRights(
                right.Decision,
                AppealRights.TimeLimit(clock.Rules),
                AppealRights.DateMoves(clock.Rules),
                AppealRights.MediationRule(right),
                AppealRights.CertificateWhetherOrNotYouMediate),
        };
        return new Prepared(noticeCase, content, model);
    }

    /// <summary>
    /// The case's clock must accept what the notice records on it (a final plan only after its draft was served, an
    /// amended plan only after its amendments were proposed, nothing after the case ended). Tried on a copy that is
    /// never saved, so that a preview is refused exactly as issuing would be, before anything is written.
    /// </summary>
    private async Task CheckClockAsync(PlacementRequest request, LetterOutcome notice, DateOnly letterDate, ClockSettings timeliness, CancellationToken cancellationToken)
    {
        var copy = await db.CaseClocks.AsNoTracking().WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == request.Id, cancellationToken);
        if (copy is null)
        {
            return;
        }

        var by = new UserId(ClockEventsFromFeatures.FromNotices);
        var at = LondonTime.InstantOf(letterDate, TimeOnly.MinValue);
        if (ClockEventsFromFeatures.EventAnswered(notice, request.Type) is { } answered)
        {
            copy.Record(answered, letterDate, null, ClockEventsFromFeatures.FromNotices, by, at, timeliness);
        }

        copy.Record(ClockEventKind.AppealableNoticeSent, letterDate, null, ClockEventsFromFeatures.FromNotices, by, at, timeliness);
    }
}
