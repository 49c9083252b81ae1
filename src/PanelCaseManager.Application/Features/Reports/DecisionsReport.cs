using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Reports;

/// <summary>
/// The decisions that stand (signed off and not corrected since), signed off in a period: how many by outcome, by
/// ground relied on, by sector of the provision they place the child in and by month, and each one listed. A
/// decision relying on two grounds counts under both. The sector is the one recorded with the decision: that of the
/// catalogue setting it names, or of the one sector of a type named that fitted in the panel's papers.
/// The counts cover the whole area: they name no child. The list names cases, so it holds only the decisions on cases
/// the reader may open (<see cref="CaseAccess"/>): their team's for a manager, every one for an auditor, those of the
/// meetings a chair sat on and had no conflict in while the papers are open, none for an administrator; the rest
/// are counted in <see cref="Report.NotListed"/> (docs/adr/0185).
/// </summary>
public static class DecisionsReport
{
    public const int MaximumDays = 5 * 366;

    /// <summary>Grounds a decision can rely on: the three of s.39(4), or the s.9 test for a non-s.41 independent setting.</summary>
    public enum GroundRelied
    {
        Unsuitable,
        IncompatibleWithEfficientEducationOfOthers,
        IncompatibleWithEfficientUseOfResources,
        Section9,
    }

    /// <summary>What the sector count calls decisions that record no sector: deferrals, declines, settings outside the catalogue, types of several sectors.</summary>
    public const string NoSector = "No sector recorded";

    /// <param name="Sector">Only decisions placing the child in this sector (its code).</param>
    [RequiresPolicy(Policies.ReadReports)]
    public sealed record Query(DateOnly? From, DateOnly? To, DecisionOutcome? Outcome, GroundRelied? Ground, string? Sector = null) : IQuery<Report>;

    public sealed record Report(
        DateOnly From,
        DateOnly To,
        int Total,
        IReadOnlyList<Count<DecisionOutcome>> ByOutcome,
        IReadOnlyList<Count<GroundRelied>> ByGround,
        IReadOnlyList<Count<string>> ByMonth,
        IReadOnlyList<Row> Decisions,
        IReadOnlyList<SectorCount> BySector) : IReturnsCases
    {
        /// <summary>Decisions counted in the totals but not listed, because they are on cases the reader may not open.</summary>
        public int NotListed { get; init; }

        /// <summary>The cases of the decisions listed, for the audit of this read; not part of the report itself.</summary>
        internal IReadOnlyList<Guid> CaseIds { get; init; } = [];

        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds => CaseIds;
    }

    public sealed record Count<T>(T Key, int Decisions);

    /// <param name="Sector">The sector's code; null for the decisions that record no sector.</param>
    /// <param name="OutsideAuthorityArea">Of those, the decisions naming a catalogue setting outside the authority's area.</param>
    public sealed record SectorCount(string? Sector, string Name, int Decisions, int OutsideAuthorityArea);

    /// <param name="Setting">The setting the decision places the child in, by name, when it names one.</param>
    /// <param name="InAuthorityArea">For a setting in the catalogue, whether it is in the authority's area.</param>
    public sealed record Row(
        Guid DecisionId,
        string CaseReference,
        DateOnly MeetingDate,
        DateOnly SignedOffOn,
        DecisionOutcome Outcome,
        IReadOnlyList<GroundRelied> Grounds,
        string? Sector,
        string? SectorName,
        string? Setting,
        bool? InAuthorityArea);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull().WithMessage("Enter the first day of the period.");
            RuleFor(q => q.To).NotNull().WithMessage("Enter the last day of the period.");
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period cannot end before it starts.")
                .When(q => q.From is not null && q.To is not null);
            RuleFor(q => q)
                .Must(q => q.To!.Value.DayNumber - q.From!.Value.DayNumber <= MaximumDays)
                .OverridePropertyName("to")
                .WithMessage("Report on at most five years at once.")
                .When(q => q.From is not null && q.To is not null && q.To >= q.From);
            RuleFor(q => q.Sector).MaximumLength(Domain.Provision.Sector.CodeMaxLength).WithMessage("That is not a sector's code.");
        }
    }

    public sealed class Handler(PanelDbContext db, CaseAccess access) : IQueryHandler<Query, Report>
    {
        public async ValueTask<Report> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var from = query.From!.Value;
            var to = query.To!.Value;
            var start = LondonTime.InstantOf(from, TimeOnly.MinValue);
            var end = LondonTime.InstantOf(to.AddDays(1), TimeOnly.MinValue);

            var decisions =
                from d in db.PanelDecisions.AsNoTracking()
                where d.Status == DecisionStatus.SignedOff && d.SignedOffAt >= start && d.SignedOffAt < end
                      && !db.PanelDecisions.Any(later => later.SupersedesDecisionId == d.Id && later.Status == DecisionStatus.SignedOff)
                select d;
            if (query.Outcome is { } outcome)
            {
                decisions = decisions.Where(d => d.Outcome == outcome);
            }

            decisions = query.Ground switch
            {
                GroundRelied.Unsuitable => decisions.Where(d => d.ReliesOnUnsuitability),
                GroundRelied.IncompatibleWithEfficientEducationOfOthers => decisions.Where(d => d.ReliesOnEducationOfOthers),
                GroundRelied.IncompatibleWithEfficientUseOfResources => decisions.Where(d => d.ReliesOnUseOfResources),
                GroundRelied.Section9 => decisions.Where(d => d.ReliesOnSection9),
                _ => decisions,
            };

            var listed = (await (
                    from d in decisions
                    join m in db.PanelMeetings on d.PanelMeetingId equals m.Id
                    join p in db.PlacementRequests on d.PlacementRequestId equals p.Id
                    orderby d.SignedOffAt
                    select new
                    {
                        d.Id, CaseId = p.Id, d.PanelMeetingId, p.Reference, m.MeetingDate, SignedOffAt = d.SignedOffAt!.Value, d.Outcome,
                        d.ReliesOnUnsuitability, d.ReliesOnEducationOfOthers, d.ReliesOnUseOfResources, d.ReliesOnSection9, d.Placement,
                    })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.CaseId, r.PanelMeetingId, Row: new Row(r.Id, r.Reference.Value, r.MeetingDate, UkCalendar.DateOf(r.SignedOffAt), r.Outcome,
                    Grounds(r.ReliesOnUnsuitability, r.ReliesOnEducationOfOthers, r.ReliesOnUseOfResources, r.ReliesOnSection9),
                    r.Placement?.SectorCode, r.Placement?.SectorName, r.Placement?.SettingName, r.Placement?.InAuthorityArea)))
                .Where(r => query.Sector is null || string.Equals(r.Row.Sector, query.Sector.Trim(), StringComparison.Ordinal))
                .ToList();
            var rows = listed.Select(r => r.Row).ToList();
            var readable = await ReadableAsync(listed.Select(r => (r.CaseId, r.PanelMeetingId, r.Row.MeetingDate)).ToList(), cancellationToken);
            var shown = listed.Where(r => readable.Contains((r.CaseId, r.PanelMeetingId))).ToList();

            return new Report(
                from,
                to,
                rows.Count,
                Enum.GetValues<DecisionOutcome>().Select(o => new Count<DecisionOutcome>(o, rows.Count(r => r.Outcome == o))).ToList(),
                Enum.GetValues<GroundRelied>().Select(g => new Count<GroundRelied>(g, rows.Count(r => r.Grounds.Contains(g)))).ToList(),
                rows.GroupBy(r => r.SignedOffOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Count<string>(g.Key, g.Count()))
                    .ToList(),
                shown.Select(r => r.Row).ToList(),
                rows.GroupBy(r => r.Sector)
                    .Select(g => new SectorCount(
                        g.Key,
                        g.Key is null ? NoSector : g.Select(r => r.SectorName).OfType<string>().FirstOrDefault() ?? g.Key,
                        g.Count(),
                        g.Count(r => r.InAuthorityArea == false)))
                    .OrderBy(c => c.Sector is null)
                    .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                    .ToList())
            {
                CaseIds = shown.Select(r => r.CaseId.Value).Distinct().ToList(),
                NotListed = rows.Count - shown.Count,
            };
        }

        /// <summary>The (case, meeting) pairs among <paramref name="decided"/> whose decision the reader may see listed.</summary>
        private async Task<HashSet<(PlacementRequestId, Guid)>> ReadableAsync(
            List<(PlacementRequestId CaseId, Guid PanelId, DateOnly MeetingDate)> decided, CancellationToken cancellationToken)
        {
            var account = await access.AccountAsync(cancellationToken);
            if (decided.Count == 0)
            {
                return [];
            }

            if (account.Role is Role.PanelMember or Role.PanelChair)
            {
                var me = account.Id;
                var panelIds = decided.Select(d => d.PanelId).Distinct().ToList();
                var theirs = await db.PanelMeetings.AsNoTracking()
                    .Where(m => panelIds.Contains(m.Id) && (m.ChairId == me || m.Seats.Any(s => s.UserId == me)))
                    .Select(m => m.Id)
                    .ToListAsync(cancellationToken);
                var pairs = new HashSet<(PlacementRequestId, Guid)>();
                foreach (var meeting in decided.Where(d => theirs.Contains(d.PanelId)).GroupBy(d => (d.PanelId, d.MeetingDate)))
                {
                    var open = await access.ReadableOnPanelAsync(meeting.Key.PanelId, meeting.Key.MeetingDate, meeting.Select(d => d.CaseId).ToList(), cancellationToken);
                    pairs.UnionWith(open.Select(c => (c, meeting.Key.PanelId)));
                }

                return pairs;
            }

            var caseIds = decided.Select(d => d.CaseId).Distinct().ToList();
            var visible = (await access.Visible(db.PlacementRequests.AsNoTracking(), account)
                    .Where(p => caseIds.Contains(p.Id))
                    .Select(p => p.Id)
                    .ToListAsync(cancellationToken))
                .ToHashSet();
            return decided.Where(d => visible.Contains(d.CaseId)).Select(d => (d.CaseId, d.PanelId)).ToHashSet();
        }

        private static List<GroundRelied> Grounds(bool unsuitable, bool others, bool resources, bool section9)
        {
            var grounds = new List<GroundRelied>();
            if (unsuitable)
            {
                grounds.Add(GroundRelied.Unsuitable);
            }

            if (others)
            {
                grounds.Add(GroundRelied.IncompatibleWithEfficientEducationOfOthers);
            }

            if (resources)
            {
                grounds.Add(GroundRelied.IncompatibleWithEfficientUseOfResources);
            }

            if (section9)
            {
                grounds.Add(GroundRelied.Section9);
            }

            return grounds;
        }
    }
}
