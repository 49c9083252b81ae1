using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// The notices an officer could send on a case now, each with why not when it cannot be sent, and what it would say
/// by default from the panel's decision it follows (the school or type the plan names, the reasons). The same rules
/// decide as when the notice is issued.
/// </summary>
public static class GetNoticeChoices
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<IReadOnlyList<Choice>>, ICaseScoped;

    /// <param name="WhyNot">Why it cannot be sent now; null when it can.</param>
    /// <param name="DecisionId">The signed-off decision it would follow, if any.</param>
    /// <param name="NamedInPlan">For a plan's notice, what the plan names according to that decision.</param>
    /// <param name="ReasonsFromDecision">True when the decision gives the reasons, so the officer need not.</param>
    public sealed record Choice(
        LetterOutcome Notice,
        string Description,
        string WhatTheFamilyCanAppeal,
        bool CanSend,
        string? WhyNot,
        Guid? DecisionId,
        string? NamedInPlan,
        bool ReasonsFromDecision);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(NoticeLetters notices) : IQueryHandler<Query, IReadOnlyList<Choice>>
    {
        public async ValueTask<IReadOnlyList<Choice>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var (request, noticeCase) = await notices.CaseAsync(query.PlacementRequestId, cancellationToken);
            return LetterOutcomes.Notices.Select(notice =>
                {
                    var basis = AppealableNotices.BasisOf(notice, noticeCase.Decision);
                    var named = NoticeLetters.NamedInPlanBy(basis, request);
                    // Only what the case allows decides the choice; what the officer still has to give is asked for on the way.
                    var whyNot = AppealableNotices.Breaches(notice, noticeCase, new NoticeContent(named, null))
                        .FirstOrDefault(b => b.Field == "notice")?.Message;
                    return new Choice(notice, notice.Describe(), AppealRights.For(notice).Decision, whyNot is null, whyNot, basis?.Id,
                        notice.IsPlanNotice() ? named : null, basis is not null && !notice.IsPlanNotice());
                })
                .ToList();
        }
    }
}
