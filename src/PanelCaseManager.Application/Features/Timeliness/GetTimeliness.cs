using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// Timeliness over a period, as national returns count it: for each kind of deadline met in the period, how many
/// were within the statutory limit, including and excluding cases where an exception applied, and the average
/// time taken; the children still waiting for a specialist place at the end of the period; and the share of
/// placements made in the period in settings outside the authority's area.
/// </summary>
public static class GetTimeliness
{
    public const int MaximumPeriodDays = 366 * 5;

    [RequiresPolicy(Policies.ViewTimeliness)]
    public sealed record Query(DateOnly? From, DateOnly? To, string? Team) : IQuery<Report>;

    public sealed record Report(
        DateOnly From,
        DateOnly To,
        string? Team,
        IReadOnlyList<Measure> Measures,
        Waiting WaitingForSpecialistProvision,
        OutOfArea PlacedOutOfArea,
        IReadOnlyList<string> Notes);

    public sealed record Measure(MilestoneKind Milestone, string Description, Share IncludingExceptions, Share ExcludingExceptions);

    /// <param name="Count">Deadlines met in the period.</param>
    /// <param name="WithinLimit">Of those, met on or before the statutory date.</param>
    /// <param name="Percentage">WithinLimit as a percentage of Count, to one decimal place; null when Count is 0.</param>
    /// <param name="AverageWeeks">The average time from the deadline's start to meeting it, in weeks.</param>
    public sealed record Share(int Count, int WithinLimit, decimal? Percentage, decimal? AverageWeeks);

    /// <param name="AsOf">The end of the period, or today if the period runs on.</param>
    public sealed record Waiting(DateOnly AsOf, int Children, decimal? MedianWeeks, decimal? LongestWeeks);

    /// <param name="SettingsNamed">Decisions signed off in the period that name a setting for the child (the family's preference or another).</param>
    /// <param name="InCatalogue">Of those, the ones naming a setting in the provision catalogue, whose area is known.</param>
    /// <param name="OutsideAuthorityArea">Of those, the ones naming a setting outside the authority's area.</param>
    /// <param name="Percentage">OutsideAuthorityArea as a percentage of InCatalogue, to one decimal place; null when InCatalogue is 0.</param>
    public sealed record OutOfArea(int SettingsNamed, int InCatalogue, int OutsideAuthorityArea, decimal? Percentage);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.From).NotNull().WithMessage("Give the first day of the period (from), like 2026-04-01.");
            RuleFor(q => q.To).NotNull().WithMessage("Give the last day of the period (to), like 2027-03-31.");
            RuleFor(q => q.From)
                .LessThanOrEqualTo(q => q.To).WithMessage("The period must start (from) on or before the day it ends (to).")
                .When(q => q.From is not null && q.To is not null);
            RuleFor(q => q.To)
                .Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= MaximumPeriodDays)
                .WithMessage("A period covers up to five years.")
                .When(q => q.From is not null && q.To is not null && q.From <= q.To);
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
        }
    }

    public sealed class Handler(PanelDbContext db, TimeProvider clock, CaseAccess access) : IQueryHandler<Query, Report>
    {
        public async ValueTask<Report> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var from = query.From!.Value;
            var to = query.To!.Value;
            var team = string.IsNullOrWhiteSpace(query.Team) ? null : query.Team.Trim();

            // A team manager reads the area's figures and their own team's; another team's are not theirs to compare
            // with (auditors read any team's). Not found, like anything else a user may not see (docs/adr/0185).
            var account = await access.AccountAsync(cancellationToken);
            if (team is not null && account.Role != Role.Auditor && !string.Equals(team, account.Team, StringComparison.Ordinal))
            {
                throw new NotFoundException("Team", team);
            }

            var met = db.CaseMilestones.AsNoTracking()
                .Where(m => m.MetOn != null && m.MetOn >= from && m.MetOn <= to && m.Kind != MilestoneKind.AppealWindow);
            if (team is not null)
            {
                met = from m in met
                      join p in db.PlacementRequests on m.PlacementRequestId equals p.Id
                      join o in db.Users on p.AssignedOfficerId equals o.Id
                      where o.Team == team
                      select m;
            }

            var groups = await met
                .GroupBy(m => new { m.Kind, m.ExceptionApplies })
                .Select(g => new Tally(
                    g.Key.Kind,
                    g.Key.ExceptionApplies,
                    g.Count(),
                    g.Count(m => m.MetWithinLimit == true),
                    g.Sum(m => m.DaysTaken ?? 0),
                    g.Count(m => m.DaysTaken != null)))
                .ToListAsync(cancellationToken);

            var measures = groups.GroupBy(g => g.Kind).OrderBy(g => g.Key)
                .Select(g => new Measure(g.Key, g.Key.Describe(), ShareOf(g), ShareOf(g.Where(t => !t.ExceptionApplies))))
                .ToList();

            var asOf = Min(to, UkCalendar.Today(clock));
            return new Report(from, to, team, measures, await WaitingAsync(asOf, team, cancellationToken), await OutOfAreaAsync(from, to, team, cancellationToken),
            [
                "Deadlines are counted in the period in which they were met; the appeal window, which is the family's, is not counted.",
                "Excluding exceptions leaves out every deadline to which a recorded exception (reg 8(2), 10(4), 13(3)) applied.",
                "Waiting for specialist provision: requests received by the end of the period, not decided by the panel, withdrawn or closed by then (a reconsidered case waits again), other than requests only for mainstream provision.",
                "Placed out of area: of the decisions that stand, signed off in the period and naming a setting in the provision catalogue, the share naming one outside the authority's area, as the catalogue had it when the decision was made.",
            ]);
        }

        private async Task<OutOfArea> OutOfAreaAsync(DateOnly from, DateOnly to, string? team, CancellationToken cancellationToken)
        {
            var start = LondonTime.InstantOf(from, TimeOnly.MinValue);
            var end = LondonTime.InstantOf(to.AddDays(1), TimeOnly.MinValue);
            var decisions = db.PanelDecisions.AsNoTracking()
                .Where(d => d.Status == DecisionStatus.SignedOff && d.SignedOffAt >= start && d.SignedOffAt < end
                            && (d.Outcome == DecisionOutcome.AgreeFamilyPreference || d.Outcome == DecisionOutcome.NameAnotherSetting)
                            && !db.PanelDecisions.Any(later => later.SupersedesDecisionId == d.Id && later.Status == DecisionStatus.SignedOff));
            if (team is not null)
            {
                decisions = from d in decisions
                            join p in db.PlacementRequests on d.PlacementRequestId equals p.Id
                            join o in db.Users on p.AssignedOfficerId equals o.Id
                            where o.Team == team
                            select d;
            }

            var placements = await decisions.Select(d => d.Placement).ToListAsync(cancellationToken);
            var known = placements.Count(p => p?.InAuthorityArea is not null);
            var outside = placements.Count(p => p?.InAuthorityArea == false);
            return new OutOfArea(placements.Count, known, outside, known == 0 ? null : Math.Round(100m * outside / known, 1));
        }

        private async Task<Waiting> WaitingAsync(DateOnly asOf, string? team, CancellationToken cancellationToken)
        {
            var waiting = db.CaseClocks.AsNoTracking()
                .Where(c => c.SeeksSpecialistProvision
                            && c.ReceivedDate <= asOf
                            && (c.DecidedOn == null || c.DecidedOn > asOf)
                            && (c.StoppedOn == null || c.StoppedOn > asOf));
            if (team is not null)
            {
                waiting = from c in waiting
                          join p in db.PlacementRequests on c.PlacementRequestId equals p.Id
                          join o in db.Users on p.AssignedOfficerId equals o.Id
                          where o.Team == team
                          select c;
            }

            // A child with several requests waiting has waited since the earliest.
            var rows = await waiting.Select(c => new { c.ChildId, c.ReceivedDate }).ToListAsync(cancellationToken);
            var days = rows.GroupBy(r => r.ChildId).Select(g => asOf.DayNumber - g.Min(r => r.ReceivedDate).DayNumber).Order().ToList();
            return new Waiting(asOf, days.Count, days.Count == 0 ? null : Weeks(Median(days)), days.Count == 0 ? null : Weeks(days[^1]));
        }

        private static double Median(List<int> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }

    private sealed record Tally(MilestoneKind Kind, bool ExceptionApplies, int Count, int WithinLimit, int DaysTotal, int WithDays);

    private static Share ShareOf(IEnumerable<Tally> tallies)
    {
        var list = tallies.ToList();
        var count = list.Sum(t => t.Count);
        var within = list.Sum(t => t.WithinLimit);
        var withDays = list.Sum(t => t.WithDays);
        return new Share(
            count,
            within,
            count == 0 ? null : Math.Round(100m * within / count, 1),
            withDays == 0 ? null : Weeks((double)list.Sum(t => (long)t.DaysTotal) / withDays));
    }

    private static decimal Weeks(double days) => Math.Round((decimal)days / 7m, 1);

    /// <summary>The report as CSV, one row per measure, for statutory returns and spreadsheets.</summary>
    public static string ToCsv(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.AppendLine("measure,milestone,from,to,team,count_including_exceptions,within_limit_including_exceptions,percentage_including_exceptions,average_weeks_including_exceptions,count_excluding_exceptions,within_limit_excluding_exceptions,percentage_excluding_exceptions,average_weeks_excluding_exceptions");
        foreach (var m in report.Measures)
        {
            csv.AppendLine(Row("within-statutory-limit", m.Milestone.ToString(), report,
                m.IncludingExceptions.Count, m.IncludingExceptions.WithinLimit, m.IncludingExceptions.Percentage, m.IncludingExceptions.AverageWeeks,
                m.ExcludingExceptions.Count, m.ExcludingExceptions.WithinLimit, m.ExcludingExceptions.Percentage, m.ExcludingExceptions.AverageWeeks));
        }

        var w = report.WaitingForSpecialistProvision;
        csv.AppendLine(Row("children-waiting-for-specialist-provision", string.Empty, report, w.Children, null, null, null, null, null, null, null));
        csv.AppendLine(Row("median-wait-weeks", string.Empty, report, null, null, null, w.MedianWeeks, null, null, null, null));
        csv.AppendLine(Row("longest-wait-weeks", string.Empty, report, null, null, null, w.LongestWeeks, null, null, null, null));
        var o = report.PlacedOutOfArea;
        csv.AppendLine(Row("settings-named-in-catalogue", string.Empty, report, o.InCatalogue, null, null, null, null, null, null, null));
        csv.AppendLine(Row("placed-out-of-area", string.Empty, report, o.OutsideAuthorityArea, null, o.Percentage, null, null, null, null, null));
        return csv.ToString();
    }

    private static string Row(string measure, string milestone, Report report, params object?[] values) =>
        string.Join(',', new object?[] { measure, milestone, report.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Quote(report.Team) }
            .Concat(values)
            .Select(v => v switch
            {
                null => string.Empty,
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString(),
            }));

    /// <summary>Quotes a free-text cell, and defuses a leading formula character so a spreadsheet does not run it.</summary>
    private static string Quote(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var safe = text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
