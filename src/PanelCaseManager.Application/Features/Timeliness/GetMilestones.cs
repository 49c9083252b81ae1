using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>Every statutory deadline of a case: its statutory date, whether it was met, whether an exception applies.</summary>
public static class GetMilestones
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<CaseMilestones>, ICaseScoped;

    public sealed record CaseMilestones(
        Guid PlacementRequestId,
        string Reference,
        RequestType RequestType,
        DateOnly ReceivedDate,
        DateOnly Today,
        DateOnly? StoppedOn,
        bool ExceptionApplies,
        int Version,
        IReadOnlyList<MilestoneView> Milestones,
        IReadOnlyList<EventView> Events,
        IReadOnlyList<ExceptionView> Exceptions)
    {
        /// <summary>The last year of the unbroken run of years, from this one, whose bank holidays are recorded; working-day dates after it may be provisional.</summary>
        public int? BankHolidaysKnownUntil { get; init; }
    }

    /// <param name="Status">not-started, open, met, met-late, not-applicable or stopped (the case ended).</param>
    /// <param name="Group">For an open deadline, how pressing it is; otherwise null.</param>
    /// <param name="Provisional">The date is counted in working days in a year without recorded bank holidays, so it may move when they are imported.</param>
    public sealed record MilestoneView(
        MilestoneKind Kind,
        string Description,
        string Source,
        Agency? Agency,
        DateOnly? StartedOn,
        DateOnly? DueDate,
        DateOnly? MetOn,
        string Status,
        WorklistGroup? Group,
        bool ExceptionApplies,
        IReadOnlyList<string> ExceptionReasons,
        bool? MetWithinLimit,
        int? DaysTaken,
        bool Provisional)
    {
        /// <summary>What the family was last told of why it is late and when it is now expected, or null while nothing is recorded.</summary>
        public LateExplanationView? LateExplained { get; init; }
    }

    /// <summary>Why a deadline is late and the day it is now expected, as the family reads it, and who recorded it when.</summary>
    public sealed record LateExplanationView(string Reason, DateOnly ExpectedBy, string RecordedBy, DateTimeOffset RecordedAt);

    public sealed record EventView(int Sequence, ClockEventKind Event, string Description, Agency? Agency, DateOnly Date, string Source, string RecordedBy, DateTimeOffset RecordedAt);

    /// <param name="ClosedOn">For a closure, the day the setting closed; the period is the window worked out from it and <paramref name="ReopenedOn"/>.</param>
    /// <param name="FamilyToldOn">The day the family was told the exception applies (CoP 9.42), or null while they have not been.</param>
    public sealed record ExceptionView(
        int Sequence, string Reason, DateOnly StartDate, DateOnly EndDate, string? Note, string RecordedBy, DateTimeOffset RecordedAt,
        DateOnly? ClosedOn, DateOnly? ReopenedOn, DateOnly? FamilyToldOn);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
    }

    public sealed class Handler(PanelDbContext db, BankHolidayCalendar bankHolidays, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, CaseMilestones>
    {
        public async ValueTask<CaseMilestones> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var id = new PlacementRequestId(query.PlacementRequestId);
            var reference = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == id).Select(p => p.Reference).SingleOrDefaultAsync(cancellationToken)
                            ?? throw new NotFoundException("Placement request", query.PlacementRequestId);
            var caseClock = await db.CaseClocks.AsNoTracking().WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == id, cancellationToken)
                            ?? throw new NotFoundException("Statutory clock of placement request", query.PlacementRequestId);

            var recorders = caseClock.Events.Select(e => e.RecordedBy).Concat(caseClock.Exceptions.Select(e => e.RecordedBy))
                .Concat(caseClock.LateExplanations.Select(e => e.RecordedBy)).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => recorders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var today = UkCalendar.Today(clock);

            return new CaseMilestones(
                query.PlacementRequestId,
                reference.Value,
                caseClock.RequestType,
                caseClock.ReceivedDate,
                today,
                caseClock.StoppedOn,
                caseClock.ExceptionApplies,
                caseClock.Version,
                caseClock.Milestones.OrderBy(m => m.DueDate ?? DateOnly.MaxValue).ThenBy(m => m.Kind).ThenBy(m => m.Slot)
                    .Select(m => new MilestoneView(
                        m.Kind,
                        m.Kind.Describe(),
                        m.Kind.Source(),
                        m.Agency,
                        m.StartedOn,
                        m.DueDate,
                        m.MetOn,
                        StatusOf(m, caseClock.StoppedOn is not null),
                        m.IsOpen ? rules.Worklist.Classify(m.DueDate, today) : null,
                        m.ExceptionApplies,
                        m.ExceptionReasons.Length == 0 ? [] : m.ExceptionReasons.Split(CaseMilestone.ExceptionReasonSeparator),
                        m.MetWithinLimit,
                        m.DaysTaken,
                        m.Provisional)
                    {
                        LateExplained = m.MetOn is null && caseClock.LateExplanationOf(m.Kind, m.Agency) is { } late
                            ? new LateExplanationView(late.Reason, late.ExpectedBy, names.GetValueOrDefault(late.RecordedBy, late.RecordedBy.Value), late.RecordedAt)
                            : null,
                    })
                    .ToList(),
                caseClock.Events.OrderBy(e => e.Sequence)
                    .Select(e => new EventView(e.Sequence, e.Kind, e.Kind.Describe(), e.Agency, e.Date, e.Source, names.GetValueOrDefault(e.RecordedBy, e.RecordedBy.Value), e.RecordedAt))
                    .ToList(),
                caseClock.Exceptions.OrderBy(e => e.Sequence)
                    .Select(e => new ExceptionView(e.Sequence, e.ReasonCode, e.StartDate, e.EndDate, e.Note, names.GetValueOrDefault(e.RecordedBy, e.RecordedBy.Value), e.RecordedAt,
                        e.ClosedOn, e.ReopenedOn, e.FamilyToldOn))
                    .ToList())
            {
                BankHolidaysKnownUntil = await bankHolidays.KnownUntilAsync(today, cancellationToken),
            };
        }

        private static string StatusOf(CaseMilestone m, bool stopped) => m switch
        {
            { NotApplicable: true } => "not-applicable",
            { MetOn: not null } => m.MetWithinLimit == true ? "met" : "met-late",
            { DueDate: null } => "not-started",
            _ when stopped => "stopped",
            _ => "open",
        };
    }
}
