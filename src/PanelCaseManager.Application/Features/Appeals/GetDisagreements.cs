using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Appeals;

/// <summary>
/// Where the family's disagreements with a case's notices stand: the notices that carry the right of appeal, the
/// mediation about each, the local authority's mediation deadlines and the last day to appeal, from the case's clock.
/// </summary>
public static class GetDisagreements
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<Disagreements>, ICaseScoped;

    /// <summary>A notice sent on the case that carries the right of appeal.</summary>
    public sealed record NoticeItem(Guid Id, string Reference, LetterOutcome Notice, string Title, DateOnly SentOn, DateOnly? DeadlineItGave, bool HasMediation);

    public sealed record MediationItem(
        Guid Id,
        Guid NoticeId,
        string NoticeReference,
        LetterOutcome Notice,
        DateOnly NoticeSentOn,
        DateOnly AdviserContactedOn,
        MediationChoice Choice,
        DateOnly? ChoiceMadeOn,
        DateOnly? HeldOn,
        MediationOutcome? Outcome,
        DateOnly? CertificateIssuedOn,
        int Version);

    /// <summary>A deadline of the disagreement as the clock holds it now.</summary>
    public sealed record Deadline(MilestoneKind Kind, string Description, string Source, DateOnly? StartedOn, DateOnly? DueDate, DateOnly? MetOn, bool? MetWithinLimit, bool NotApplicable);

    public sealed record Disagreements(
        Guid PlacementRequestId,
        IReadOnlyList<NoticeItem> Notices,
        IReadOnlyList<MediationItem> Mediations,
        DateOnly? AppealDeadline,
        IReadOnlyList<Deadline> Deadlines)
    {
        /// <summary>The tribunal appeals against the case's notices, oldest first, each with its orders and their deadlines.</summary>
        public IReadOnlyList<AppealItem> Appeals { get; init; } = [];
    }

    /// <summary>A tribunal order and its deadline as the clock holds it now.</summary>
    public sealed record OrderItem(
        Guid Id, TribunalOrderKind Kind, string Description, bool Unopposed, DateOnly MadeOn, DateOnly? DueOn, string Source, DateOnly? MetOn, Guid? MetByNoticeId, bool? MetWithinLimit);

    public sealed record AppealItem(
        Guid Id,
        Guid NoticeId,
        string NoticeReference,
        LetterOutcome Notice,
        DateOnly NoticeSentOn,
        AppealSubject Subject,
        DateOnly RegisteredOn,
        DateOnly? ResponseDueOn,
        DateOnly? EvidenceDueOn,
        DateOnly? HearingOn,
        AppealPosition? Position,
        DateOnly? PositionOn,
        TribunalOutcome? Outcome,
        DateOnly? DecidedOn,
        bool IsOpen,
        IReadOnlyList<TribunalOrderKind> OrdersPossible,
        IReadOnlyList<OrderItem> Orders,
        int Version);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Disagreements>
    {
        private static readonly MilestoneKind[] Kinds = [MilestoneKind.AppealWindow, MilestoneKind.MediationArranged, MilestoneKind.MediationCertificate];
        private static readonly MilestoneKind[] OrderKinds = [.. Enum.GetValues<MilestoneKind>().Where(k => k.IsTribunalOrder())];

        public async ValueTask<Disagreements> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var letters = await db.IssuedLetters.AsNoTracking()
                .Where(l => l.PlacementRequestId == caseId)
                .OrderBy(l => l.Number)
                .Select(l => new { l.Id, l.Reference, l.Outcome, l.LetterDate, l.AppealDeadline })
                .ToListAsync(cancellationToken);
            var mediations = await db.Mediations.AsNoTracking()
                .Where(m => m.PlacementRequestId == caseId)
                .OrderBy(m => m.NoticeSentOn)
                .Select(m => new MediationItem(m.Id, m.NoticeLetterId, m.NoticeReference, m.Notice, m.NoticeSentOn, m.AdviserContactedOn, m.Choice, m.ChoiceMadeOn,
                    m.HeldOn, m.Outcome, m.CertificateIssuedOn, m.Version))
                .ToListAsync(cancellationToken);
            var milestones = await db.CaseMilestones.AsNoTracking()
                .Where(m => m.PlacementRequestId == caseId && Kinds.Contains(m.Kind))
                .ToListAsync(cancellationToken);

            var notices = letters
                .Where(l => l.Outcome.IsNotice())
                .Select(l => new NoticeItem(l.Id, l.Reference, l.Outcome, $"Notice: {l.Outcome.Describe().ToLowerInvariant()}", l.LetterDate, l.AppealDeadline,
                    mediations.Any(m => m.NoticeId == l.Id)))
                .ToList();
            var deadlines = milestones
                .Where(m => m.DueDate is not null)
                .OrderBy(m => Array.IndexOf(Kinds, m.Kind))
                .Select(m => new Deadline(m.Kind, m.Kind.Describe(), m.Kind.Source(), m.StartedOn, m.DueDate, m.MetOn, m.MetWithinLimit, m.NotApplicable))
                .ToList();
            var appealDeadline = milestones.SingleOrDefault(m => m.Kind == MilestoneKind.AppealWindow)?.DueDate;

            var appeals = await db.TribunalAppeals.AsNoTracking()
                .Where(a => a.PlacementRequestId == caseId)
                .OrderBy(a => a.RegisteredOn)
                .ToListAsync(cancellationToken);
            var orderDeadlines = appeals.Count == 0
                ? []
                : await db.CaseMilestones.AsNoTracking()
                    .Where(m => m.PlacementRequestId == caseId && OrderKinds.Contains(m.Kind))
                    .ToListAsync(cancellationToken);
            var appealItems = appeals
                .Select(a => new AppealItem(a.Id, a.NoticeLetterId, a.NoticeReference, a.Notice, a.NoticeSentOn, a.Subject, a.RegisteredOn, a.ResponseDueOn, a.EvidenceDueOn,
                    a.HearingOn, a.Position, a.PositionOn, a.Outcome, a.DecidedOn, a.IsOpen,
                    a.OrdersRunFrom is null ? [] : [.. TribunalAppealRules.OrdersFor(a.Notice, a.Subject).Where(k => a.Orders.All(o => o.Kind != k))],
                    [.. a.Orders.OrderBy(o => o.MadeOn).ThenBy(o => o.Kind).Select(o =>
                    {
                        var due = orderDeadlines.SingleOrDefault(m => m.Slot == o.Id.ToString("D"));
                        return new OrderItem(o.Id, o.Kind, o.Kind.Describe(), o.Unopposed, o.MadeOn, due?.DueDate, o.Kind.Milestone().Source(), o.MetOn, o.MetByNoticeId, due?.MetWithinLimit);
                    })],
                    a.Version))
                .ToList();
            return new Disagreements(query.PlacementRequestId, notices, mediations, appealDeadline, deadlines) { Appeals = appealItems };
        }
    }
}
