using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// The phase transfer cohort of a September: every child in the caller's team's register who moves between phases
/// then (SEND Regulations 2014 reg 18), where their transfer stands (the phase-transfer request, the family's
/// preferences, settings consulted, the panel, the decision, the amended plan), the days left to the statutory date
/// (15 February; 31 March for school to post-16) and whether it is on track, at risk or late.
/// </summary>
public static class GetPhaseTransferCohort
{
    /// <param name="September">The year of the September in which the children move.</param>
    /// <param name="Team">The caller's own team (the only one they may see); another is not found.</param>
    /// <param name="Sector">The sector code of the child's current setting.</param>
    /// <param name="SettingId">The child's current setting.</param>
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(int September, string? Team, TransferPhase? Phase, string? Sector, Guid? SettingId, TransferStanding? Standing) : IQuery<Cohort>;

    public sealed record Deadline(TransferPhase Phase, string YearGroup, DateOnly Date);

    public sealed record Cohort(
        int September,
        DateOnly Today,
        IReadOnlyList<Deadline> Deadlines,
        int OnTrack,
        int AtRisk,
        int Late,
        IReadOnlyList<Child> Children) : IReturnsCases
    {
        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds =>
            Children.Where(c => c.PlacementRequestId is not null).Select(c => c.PlacementRequestId!.Value).Distinct().ToList();
    }

    /// <param name="DaysToDeadline">Negative once the date has passed.</param>
    /// <param name="PlacementRequestId">The phase-transfer request for this move, if one was made.</param>
    public sealed record Child(
        Guid PlanId,
        string ChildName,
        string YearGroup,
        TransferPhase Phase,
        Guid? SettingId,
        string? Setting,
        string? Sector,
        string OfficerName,
        string? Team,
        DateOnly Deadline,
        int DaysToDeadline,
        TransferStanding Standing,
        Guid? PlacementRequestId,
        string? CaseReference,
        DateOnly? RequestReceived,
        int PreferencesGiven,
        int SettingsConsulted,
        DateOnly? PanelDate,
        DateOnly? DecisionSignedOff,
        DateOnly? AmendedPlanIssued);

    public sealed class Validator : AbstractValidator<Query>
    {
        public const int YearsEitherSide = 10;

        public Validator(TimeProvider clock)
        {
            var year = UkCalendar.Today(clock).Year;
            RuleFor(q => q.September).InclusiveBetween(year - YearsEitherSide, year + YearsEitherSide)
                .WithMessage($"Choose a September from {year - YearsEitherSide} to {year + YearsEitherSide}.");
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
            RuleFor(q => q.Sector).MaximumLength(60).WithMessage("That is not a sector's code.");
            RuleFor(q => q.Phase).IsInEnum().WithMessage("Choose a phase.");
            RuleFor(q => q.Standing).IsInEnum().WithMessage("Choose on track, at risk or late.");
        }
    }

    public sealed class Handler(PanelDbContext db, PlanScope scope, TimelinessRules rules, TimeProvider clock, IOptions<PlanRegisterOptions> options)
        : IQueryHandler<Query, Cohort>
    {
        public async ValueTask<Cohort> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkCalendar.Today(clock);
            var cohort = PhaseTransferCohort.For(rules.Clock, query.September);
            var groups = cohort.YearGroups.Where(g => query.Phase is null || g.Phase == query.Phase).ToList();
            var plans = await scope.VisibleAsync(query.Team, cancellationToken);

            var rows =
                from p in plans
                join c in db.Children.Where(BornIn(groups)) on p.ChildId equals c.Id
                join o in db.Users on p.OfficerId equals o.Id
                from s in db.Settings.Where(s => s.Id == p.SettingId).DefaultIfEmpty()
                from sector in db.Sectors.Where(x => s != null && x.Id == s.SectorId).DefaultIfEmpty()
                select new { p.Id, p.ChildId, c.GivenName, c.FamilyName, c.DateOfBirth, p.SettingId, Setting = s == null ? p.NamedInPlan : s.Name, SectorCode = sector == null ? null : sector.Code, SectorName = sector == null ? null : sector.Name, Officer = o.DisplayName, o.Team };
            if (!string.IsNullOrWhiteSpace(query.Sector))
            {
                var code = query.Sector.Trim();
                rows = rows.Where(r => r.SectorCode == code);
            }

            if (query.SettingId is { } settingGuid)
            {
                var setting = new SettingId(settingGuid);
                rows = rows.Where(r => r.SettingId == setting);
            }

            var children = await rows.ToListAsync(cancellationToken);
            var childIds = rows.Select(r => r.ChildId);

            // The request made for this move: received in the school year before it (a phase transfer is refused for a
            // child not in a transfer year then), the latest if there is more than one.
            var from = cohort.TransferYearStarts;
            var to = new DateOnly(query.September, 8, 31);
            var requests = db.PlacementRequests.AsNoTracking()
                .Where(p => p.Type == RequestType.PhaseTransfer && p.ReceivedDate >= from && p.ReceivedDate <= to && childIds.Contains(p.ChildId)
                            && p.Stage != Stage.Withdrawn);
            var cases = (await requests
                    .Select(p => new { p.Id, p.ChildId, p.Reference, p.ReceivedDate, Preferences = p.Preferences.Count })
                    .ToListAsync(cancellationToken))
                .GroupBy(p => p.ChildId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.ReceivedDate).First());
            var requestIds = cases.Values.Select(p => p.Id).ToList();
            var consulted = (await db.Consultations.AsNoTracking().Where(c => requestIds.Contains(c.PlacementRequestId))
                    .GroupBy(c => c.PlacementRequestId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                .ToDictionary(c => c.Key, c => c.Count);
            var panels = (await db.PanelMeetings.AsNoTracking()
                    .SelectMany(m => m.Agenda, (m, a) => new { a.PlacementRequestId, m.MeetingDate })
                    .Where(a => requestIds.Contains(a.PlacementRequestId))
                    .ToListAsync(cancellationToken))
                .GroupBy(a => a.PlacementRequestId).ToDictionary(g => g.Key, g => g.Max(a => a.MeetingDate));
            var decided = (await db.PanelDecisions.AsNoTracking()
                    .Where(d => d.Status == DecisionStatus.SignedOff && d.SignedOffAt != null && requestIds.Contains(d.PlacementRequestId))
                    .Select(d => new { d.PlacementRequestId, d.SignedOffAt })
                    .ToListAsync(cancellationToken))
                .GroupBy(d => d.PlacementRequestId).ToDictionary(g => g.Key, g => UkCalendar.DateOf(g.Max(d => d.SignedOffAt!.Value)));
            var amended = (await db.IssuedLetters.AsNoTracking()
                    .Where(l => l.Outcome == LetterOutcome.FinalAmendedPlanNotice && requestIds.Contains(l.PlacementRequestId))
                    .Select(l => new { l.PlacementRequestId, l.LetterDate })
                    .ToListAsync(cancellationToken))
                .GroupBy(l => l.PlacementRequestId).ToDictionary(g => g.Key, g => g.Min(l => l.LetterDate));

            var atRiskDays = options.Value.CohortAtRiskDays;
            var items = new List<Child>();
            foreach (var r in children)
            {
                var group = cohort.GroupOf(r.DateOfBirth)!;
                var request = cases.GetValueOrDefault(r.ChildId);
                var id = request?.Id;
                DateOnly? panelDate = id is { } a && panels.TryGetValue(a, out var meeting) ? meeting : null;
                DateOnly? decision = id is { } b && decided.TryGetValue(b, out var signed) ? signed : null;
                DateOnly? issued = id is { } c && amended.TryGetValue(c, out var letter) ? letter : null;
                var standing = PhaseTransferCohort.Standing(group.Deadline, today, issued, decision is not null, atRiskDays);
                items.Add(new Child(
                    r.Id, $"{r.GivenName} {r.FamilyName}", ListPlans.YearName(group.Year), group.Phase, r.SettingId?.Value, r.Setting, r.SectorName, r.Officer, r.Team,
                    group.Deadline, group.Deadline.DayNumber - today.DayNumber, standing,
                    id?.Value, request?.Reference.Value, request?.ReceivedDate, request?.Preferences ?? 0,
                    id is { } d && consulted.TryGetValue(d, out var count) ? count : 0,
                    panelDate, decision, issued));
            }

            var shown = items.Where(i => query.Standing is null || i.Standing == query.Standing)
                .OrderBy(i => i.Standing switch { TransferStanding.Late => 0, TransferStanding.AtRisk => 1, _ => 2 })
                .ThenBy(i => i.Deadline).ThenBy(i => i.AmendedPlanIssued is not null).ThenBy(i => i.ChildName, StringComparer.Ordinal).ThenBy(i => i.PlanId)
                .ToList();
            return new Cohort(
                query.September,
                today,
                cohort.YearGroups.Select(g => new Deadline(g.Phase, ListPlans.YearName(g.Year), g.Deadline)).ToList(),
                items.Count(i => i.Standing == TransferStanding.OnTrack),
                items.Count(i => i.Standing == TransferStanding.AtRisk),
                items.Count(i => i.Standing == TransferStanding.Late),
                shown);
        }

        /// <summary>Children born within any of the year groups' date ranges, as one SQL condition.</summary>
        private static Expression<Func<Domain.Children.Child, bool>> BornIn(IReadOnlyList<PhaseTransferCohort.YearGroup> groups)
        {
            var child = Expression.Parameter(typeof(Domain.Children.Child), "c");
            var dateOfBirth = Expression.Property(child, nameof(Domain.Children.Child.DateOfBirth));
            Expression body = Expression.Constant(false);
            foreach (var g in groups)
            {
                var within = Expression.AndAlso(
                    Expression.GreaterThanOrEqual(dateOfBirth, Expression.Constant(g.BornFrom)),
                    Expression.LessThanOrEqual(dateOfBirth, Expression.Constant(g.BornTo)));
                body = Expression.OrElse(body, within);
            }

            return Expression.Lambda<Func<Domain.Children.Child, bool>>(body, child);
        }
    }
}
