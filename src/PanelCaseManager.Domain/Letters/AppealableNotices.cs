using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Letters;

/// <summary>
/// A case as its notices need it: the type of request, whether the child already has an EHC plan, the letters sent
/// so far, and the latest signed-off decision on the case that has not been superseded.
/// </summary>
/// <param name="FinalPlanIssued">A final plan was issued on this case outside the service (recorded on its clock).</param>
/// <param name="ReassessmentRequested">A re-assessment of a child who has a plan was requested (recorded on its clock): a new final plan follows it.</param>
public sealed record NoticeCase(
    PlacementRequestId PlacementRequestId,
    CaseReference CaseReference,
    RequestType Type,
    bool FinalPlanIssued,
    IReadOnlyList<IssuedLetter> Letters,
    PanelDecision? Decision,
    bool ReassessmentRequested = false)
{
    /// <summary>The child has a plan: every request but a new one is about an existing plan; a new plan has one once its final plan is issued.</summary>
    public bool HasPlan => Type != RequestType.NewPlan || FinalPlanIssued || Letters.Any(l => l.Outcome == LetterOutcome.FinalPlanNotice);
}

/// <summary>What the officer gives for a notice: the school, college or type the plan names, and the reasons for a refusal.</summary>
public sealed record NoticeContent(string? NamedInPlan, string? Reasons);

/// <summary>
/// When each notice that carries the right of appeal may be sent (statutory-framework.md §3, CFA s.51(2)): once per
/// case; a final (amended) plan only after the panel's signed-off decision on where the child is to be educated,
/// naming the school, college or type; an amended plan, a refusal to re-assess or amend, or ceasing only where there
/// is a plan; a refusal to assess or to issue only on a request for a new plan that has none. A refusal gives its
/// reasons: the officer's, or those of the panel's decision it follows.
/// </summary>
public static class AppealableNotices
{
    /// <summary>The decision a notice of this kind gives effect to, when the case's latest decision is one.</summary>
    public static PanelDecision? BasisOf(LetterOutcome notice, PanelDecision? decision)
    {
        if (decision is not { IsSignedOff: true })
        {
            return null;
        }

        var content = decision.Content;
        var fits = notice switch
        {
            LetterOutcome.FinalPlanNotice or LetterOutcome.FinalAmendedPlanNotice => content.PlacesTheChild,
            LetterOutcome.RefusalToIssueNotice => content.RefusesToIssuePlan,
            LetterOutcome.RefusalToAmendNotice => content.Outcome == DecisionOutcome.Decline && !content.PlacesTheChild,
            _ => false,
        };
        return fits ? decision : null;
    }

    /// <summary>The first rule the notice breaks, or null when it may be sent.</summary>
    public static RuleBreach? Check(LetterOutcome notice, NoticeCase noticeCase, NoticeContent content) => Breaches(notice, noticeCase, content).FirstOrDefault();

    public static IEnumerable<RuleBreach> Breaches(LetterOutcome notice, NoticeCase noticeCase, NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(noticeCase);
        ArgumentNullException.ThrowIfNull(content);
        if (!notice.IsNotice())
        {
            yield return new RuleBreach("notice", "not-a-notice", $"'{notice.Describe()}' is a decision letter, not a notice that carries the right of appeal.");
            yield break;
        }

        var name = notice.Describe().ToLowerInvariant();
        if (noticeCase.Letters.FirstOrDefault(l => l.Outcome == notice) is { } sent)
        {
            yield return new RuleBreach(
                "notice",
                "notice-already-issued",
                $"The notice '{name}' was already sent on this case on {DateText.Plain(sent.LetterDate)} ({sent.Reference}). Each notice is sent once: its appeal date runs from then.");
            yield break;
        }

        var basis = BasisOf(notice, noticeCase.Decision);
        switch (notice)
        {
            case LetterOutcome.FinalPlanNotice:
                if (noticeCase.Type == RequestType.NewPlan && noticeCase.Letters.FirstOrDefault(l => l.Outcome is LetterOutcome.RefusalToAssessNotice or LetterOutcome.RefusalToIssueNotice) is { } refusal)
                {
                    yield return new RuleBreach("notice", "plan-refused", $"A notice refusing {(refusal.Outcome == LetterOutcome.RefusalToAssessNotice ? "to assess" : "to issue a plan")} was sent on this case ({refusal.Reference}): there is no plan to issue.");
                }

                if (noticeCase.Type == RequestType.NewPlan && noticeCase.FinalPlanIssued)
                {
                    yield return new RuleBreach("notice", "notice-already-issued", "The final plan of this case is already recorded as issued: the notice is sent with the plan, once.");
                }

                if (noticeCase.Type != RequestType.NewPlan && !noticeCase.ReassessmentRequested)
                {
                    yield return new RuleBreach(
                        "notice",
                        "notice-not-for-request-type",
                        "This child already has a plan: a change to it is sent with a final amended plan notice. A new final plan follows only a re-assessment (record the re-assessment requested first).");
                }

                break;
            case LetterOutcome.RefusalToAssessNotice or LetterOutcome.RefusalToIssueNotice:
                if (noticeCase.Type != RequestType.NewPlan)
                {
                    yield return new RuleBreach("notice", "notice-not-for-request-type", $"A {name} notice answers a request for a new plan; this child already has a plan.");
                }
                else if (noticeCase.HasPlan)
                {
                    yield return new RuleBreach("notice", "plan-already-issued", $"The final plan has been issued on this case, so there is no {name} to send.");
                }

                if (notice == LetterOutcome.RefusalToIssueNotice && noticeCase.Decision is { Content.PlacesTheChild: true })
                {
                    yield return new RuleBreach(
                        "notice",
                        "notice-contradicts-decision",
                        "The panel's latest decision on this case says where the child is to be educated, so the plan is to be issued: correct the decision before refusing to issue one.");
                }

                break;
            default:
                if (!noticeCase.HasPlan)
                {
                    yield return new RuleBreach(
                        "notice",
                        "case-has-no-plan",
                        $"This child has no EHC plan yet, so there is no {(notice == LetterOutcome.FinalAmendedPlanNotice ? "plan to amend" : "plan to " + Verb(notice))}: a new plan is first issued with a final plan notice.");
                }

                break;
        }

        if (notice.IsPlanNotice())
        {
            if (basis is null)
            {
                yield return new RuleBreach(
                    "notice",
                    "notice-needs-decision",
                    "The plan names the school, college or type the panel decided on: this case has no signed-off decision saying where the child is to be educated yet.");
            }

            if (string.IsNullOrWhiteSpace(content.NamedInPlan))
            {
                yield return new RuleBreach("namedInPlan", "named-in-plan-required", "Give the school, college or type of setting the plan names (section I).");
            }
            else if (content.NamedInPlan.Trim().Length > IssuedLetter.NamedInPlanMaxLength)
            {
                yield return new RuleBreach("namedInPlan", "named-in-plan-too-long", $"The school or type named must be {IssuedLetter.NamedInPlanMaxLength} characters or fewer.");
            }
        }
        else if (basis is null && string.IsNullOrWhiteSpace(content.Reasons))
        {
            yield return new RuleBreach("reasons", "reasons-required", $"Give the reasons for the {name}, in words the family will understand.");
        }
    }

    private static string Verb(LetterOutcome notice) => notice switch
    {
        LetterOutcome.RefusalToReassessNotice => "re-assess",
        LetterOutcome.RefusalToAmendNotice => "amend",
        LetterOutcome.CessationNotice => "cease",
        _ => "change",
    };
}
