using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// Reads where each child of a September's phase transfer cohort stands, among the plans a caller may see (the team's
/// for the cohort and the manager's picture, a setting's for its SENCO, a family's own child): the phase-transfer
/// request received in the school year before the move (the latest, not withdrawn), the family's preferences, settings
/// consulted, the panel, the signed-off decision, the final amended plan notice and whether an exception lifts the
/// date. Who may see which plans is the caller's business; this only reads the rows of the plans it is given.
/// </summary>
public sealed class PhaseTransferCohortReader(PanelDbContext db, TimelinessRules rules, TimeProvider clock, IOptions<PlanRegisterOptions> options)
{
    public sealed record Read(DateOnly Today, PhaseTransferCohort Cohort, IReadOnlyList<GetPhaseTransferCohort.Deadline> Deadlines, IReadOnlyList<GetPhaseTransferCohort.Child> Children);

    /// <summary>The cohort's children among <paramref name="plans"/>, late first, then at risk, then on track; each group by its date and name.</summary>
    public async Task<Read> ReadAsync(IQueryable<EhcPlan> plans, int september, TransferPhase? phase, string? sector, Guid? settingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var today = UkCalendar.Today(clock);
        var cohort = PhaseTransferCohort.For(rules.Clock, september);
        var groups = cohort.YearGroups.Where(g => phase is null || g.Phase == phase).ToList();

        var rows =
            from p in plans
            join c in db.Children.Where(BornIn(groups)) on p.ChildId equals c.Id
            join o in db.Users on p.OfficerId equals o.Id
            from s in db.Settings.Where(s => s.Id == p.SettingId).DefaultIfEmpty()
            from sec in db.Sectors.Where(x => s != null && x.Id == s.SectorId).DefaultIfEmpty()
            select new { p.Id, p.ChildId, c.GivenName, c.FamilyName, c.DateOfBirth, p.SettingId, Setting = s == null ? p.NamedInPlan : s.Name, SectorCode = sec == null ? null : sec.Code, SectorName = sec == null ? null : sec.Name, Officer = o.DisplayName, o.Team };
        if (!string.IsNullOrWhiteSpace(sector))
        {
            var code = sector.Trim();
            rows = rows.Where(r => r.SectorCode == code);
        }

        if (settingId is { } settingGuid)
        {
            var setting = new SettingId(settingGuid);
            rows = rows.Where(r => r.SettingId == setting);
        }

        var children = await rows.ToListAsync(cancellationToken);
        var childIds = rows.Select(r => r.ChildId);

        // The request made for this move: received in the school year before it (a phase transfer is refused for a
        // child not in a transfer year then), the latest if there is more than one.
        var from = cohort.TransferYearStarts;
        var to = new DateOnly(september, 8, 31);
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
        // reg 18 has no exception of its own; an area that configures a reason applying to the transfer's date has it
        // recorded on the clock's milestone like any other.
        var excepted = (await db.CaseMilestones.AsNoTracking()
                .Where(m => m.Kind == MilestoneKind.PhaseTransferAmendment && m.ExceptionApplies && requestIds.Contains(m.PlacementRequestId))
                .Select(m => m.PlacementRequestId)
                .ToListAsync(cancellationToken))
            .ToHashSet();

        var atRiskDays = options.Value.CohortAtRiskDays;
        var items = new List<GetPhaseTransferCohort.Child>(children.Count);
        foreach (var r in children)
        {
            var group = cohort.GroupOf(r.DateOfBirth)!;
            var request = cases.GetValueOrDefault(r.ChildId);
            var id = request?.Id;
            DateOnly? panelDate = id is { } a && panels.TryGetValue(a, out var meeting) ? meeting : null;
            DateOnly? decision = id is { } b && decided.TryGetValue(b, out var signed) ? signed : null;
            DateOnly? issued = id is { } c && amended.TryGetValue(c, out var letter) ? letter : null;
            var standing = PhaseTransferCohort.Standing(group.Deadline, today, issued, decision is not null, atRiskDays);
            items.Add(new GetPhaseTransferCohort.Child(
                r.Id, $"{r.GivenName} {r.FamilyName}", ListPlans.YearName(group.Year), group.Phase, r.SettingId?.Value, r.Setting, r.SectorName, r.Officer, r.Team,
                group.Deadline, group.Deadline.DayNumber - today.DayNumber, standing,
                id?.Value, request?.Reference.Value, request?.ReceivedDate, request?.Preferences ?? 0,
                id is { } d && consulted.TryGetValue(d, out var count) ? count : 0,
                panelDate, decision, issued, id is { } e && excepted.Contains(e)));
        }

        var ordered = items
            .OrderBy(i => i.Standing switch { TransferStanding.Late => 0, TransferStanding.AtRisk => 1, _ => 2 })
            .ThenBy(i => i.Deadline).ThenBy(i => i.AmendedPlanIssued is not null).ThenBy(i => i.ChildName, StringComparer.Ordinal).ThenBy(i => i.PlanId)
            .ToList();
        var deadlines = cohort.YearGroups.Select(g => new GetPhaseTransferCohort.Deadline(g.Phase, ListPlans.YearName(g.Year), g.Deadline)).ToList();
        return new Read(today, cohort, deadlines, ordered);
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
