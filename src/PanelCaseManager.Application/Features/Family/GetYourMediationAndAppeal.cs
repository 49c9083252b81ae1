using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// Where the family's mediation and tribunal appeal about their own request stand, as the officer recorded them
/// (docs/adr/0126, 0127), and what the council must do by when: its mediation deadlines and each tribunal order's, from
/// the case's statutory clock. Only dates, choices and outcomes: no staff names or notes.
/// </summary>
public static class GetYourMediationAndAppeal
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<Result>, ICaseScoped;

    /// <param name="AppealBy">The last day to appeal the latest notice, from the clock (a mediation certificate may move it).</param>
    /// <param name="MediationDuties">The council's mediation deadlines (arranging it, the certificate): the clock keeps one of each per case.</param>
    public sealed record Result(
        Guid PlacementRequestId,
        DateOnly Today,
        DateOnly? AppealBy,
        IReadOnlyList<MediationView> Mediations,
        IReadOnlyList<Duty> MediationDuties,
        IReadOnlyList<AppealView> Appeals)
    {
        /// <summary>Nothing recorded: no mediation, no appeal.</summary>
        public bool IsEmpty => Mediations.Count == 0 && Appeals.Count == 0;
    }

    public sealed record MediationView(
        LetterOutcome Notice,
        DateOnly NoticeSentOn,
        DateOnly AdviserContactedOn,
        MediationChoice Choice,
        DateOnly? ChoiceMadeOn,
        DateOnly? HeldOn,
        MediationOutcome? Outcome,
        DateOnly? CertificateIssuedOn);

    public sealed record AppealView(
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
        IReadOnlyList<Duty> Orders);

    /// <summary>Something the council must do, by when, and whether it did it in time.</summary>
    /// <param name="By">The last day the law allows; null while the clock has not set it.</param>
    /// <param name="DoneOn">The day it was done, or null.</param>
    /// <param name="OnTime">Done by the last day (null while not done).</param>
    /// <param name="Late">Not done and the last day has passed.</param>
    public sealed record Duty(MilestoneKind Kind, string What, string WhyThisDate, DateOnly? By, DateOnly? DoneOn, bool? OnTime, bool Late);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of your request.");
    }

    public sealed class Handler(PanelDbContext db, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);

            // The same reading of the records and the clock as the officer's Mediation and appeals tab (the pipeline has
            // already checked that the case is the family's own).
            var d = await new GetDisagreements.Handler(db).Handle(new GetDisagreements.Query(query.PlacementRequestId), cancellationToken);
            var today = UkCalendar.Today(clock);

            Duty DutyOf(MilestoneKind kind, DateOnly? by, DateOnly? doneOn, bool? withinLimit) => new(
                kind,
                FamilyMilestoneText.What(kind, null),
                FamilyMilestoneText.WhyThisDate(kind, rules.Clock),
                by,
                doneOn,
                doneOn is null ? null : withinLimit ?? (by is { } due && doneOn <= due),
                doneOn is null && by < today);

            var mediations = d.Mediations
                .Select(m => new MediationView(m.Notice, m.NoticeSentOn, m.AdviserContactedOn, m.Choice, m.ChoiceMadeOn, m.HeldOn, m.Outcome, m.CertificateIssuedOn))
                .ToList();
            var mediationDuties = d.Mediations.Count == 0
                ? []
                : d.Deadlines
                    .Where(x => x.Kind != MilestoneKind.AppealWindow && !x.NotApplicable)
                    .Select(x => DutyOf(x.Kind, x.DueDate, x.MetOn, x.MetWithinLimit))
                    .ToList();
            var appeals = d.Appeals
                .Select(a => new AppealView(a.Notice, a.NoticeSentOn, a.Subject, a.RegisteredOn, a.ResponseDueOn, a.EvidenceDueOn, a.HearingOn, a.Position, a.PositionOn,
                    a.Outcome, a.DecidedOn, a.IsOpen, [.. a.Orders.Select(o => DutyOf(o.Kind.Milestone(), o.DueOn, o.MetOn, o.MetWithinLimit))]))
                .ToList();
            return new Result(query.PlacementRequestId, today, d.AppealDeadline, mediations, mediationDuties, appeals);
        }
    }
}
