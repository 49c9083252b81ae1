using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Appeals;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Appeals;

/// <summary>The appeals report's settings ("Appeals:Report" in configuration).</summary>
public sealed class AppealsReportOptions
{
    public const string Section = "Appeals:Report";

    /// <summary>The area's appeal rate baseline, in percent, that the improvement plan tracks (issue #16: 4.2%).</summary>
    public decimal BaselinePercentage { get; set; } = 4.2m;
}

internal static class AppealsReportRegistration
{
    public static IServiceCollection AddAppealsReport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AppealsReportOptions>()
            .Bind(configuration.GetSection(AppealsReportOptions.Section))
            .Validate(o => o.BaselinePercentage is >= 0 and <= 100, "Appeals:Report: BaselinePercentage must be 0–100.")
            .ValidateOnStart();
        return services;
    }
}

/// <summary>
/// A team manager's appeals report for a period (docs/adr/0128): the appeal rate (appeals registered in the period per
/// notice carrying the right of appeal issued in it) beside the area's baseline; how the appeals registered in the
/// period ended; whether the tribunal's orders made in the period were met on time; and what the appeals concern.
/// Access is the timeliness report's: managers and auditors, a manager only their own team's or the area's.
/// </summary>
public static class GetAppealsReport
{
    [RequiresPolicy(Policies.ViewTimeliness)]
    public sealed record Query(DateOnly? From, DateOnly? To, string? Team) : IQuery<Report>;

    public sealed record Report(
        DateOnly From,
        DateOnly To,
        string? Team,
        Rate AppealRate,
        Outcomes Outcomes,
        Orders Orders,
        IReadOnlyList<Concern> Subjects,
        IReadOnlyList<Concern> Sectors,
        IReadOnlyList<Concern> Settings,
        IReadOnlyList<string> Notes);

    /// <param name="NoticesIssued">Notices carrying the right of appeal issued in the period.</param>
    /// <param name="AppealsRegistered">Tribunal appeals registered in the period.</param>
    /// <param name="Percentage">AppealsRegistered per NoticesIssued, in percent to one decimal place; null when no notice was issued.</param>
    /// <param name="BaselinePercentage">The area's baseline from configuration.</param>
    public sealed record Rate(int NoticesIssued, int AppealsRegistered, decimal? Percentage, decimal BaselinePercentage);

    /// <summary>How the appeals registered in the period stand today.</summary>
    public sealed record Outcomes(int Conceded, int Withdrawn, int DecidedForFamily, int DecidedForCouncil, int StillOpen);

    /// <summary>The tribunal's orders made in the period: met within the statutory limit, met after it, not met yet.</summary>
    public sealed record Orders(int Made, int MetOnTime, int MetLate, int StillOpen);

    public sealed record Concern(string Name, int Appeals);

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
                .Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= Timeliness.GetTimeliness.MaximumPeriodDays)
                .WithMessage("A period covers up to five years.")
                .When(q => q.From is not null && q.To is not null && q.From <= q.To);
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
        }
    }

    private static readonly LetterOutcome[] Appealable = Enum.GetValues<LetterOutcome>().Where(o => TribunalAppealRules.SubjectsFor(o).Count > 0).ToArray();

    public sealed class Handler(PanelDbContext db, CaseAccess access, IOptions<AppealsReportOptions> options) : IQueryHandler<Query, Report>
    {
        public async ValueTask<Report> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var from = query.From!.Value;
            var to = query.To!.Value;
            var team = string.IsNullOrWhiteSpace(query.Team) ? null : query.Team.Trim();

            // As the timeliness report: another team's figures are not found, like an unknown team (docs/adr/0185).
            var account = await access.AccountAsync(cancellationToken);
            if (team is not null && account.Role != Role.Auditor && !string.Equals(team, account.Team, StringComparison.Ordinal))
            {
                throw new NotFoundException("Team", team);
            }

            // The area's figures read every case: no semi-join over all of them (at 10⁵ cases it cost as much as the rest).
            var teamCases = team is null
                ? null
                : from p in db.PlacementRequests.AsNoTracking()
                  join o in db.Users on p.AssignedOfficerId equals o.Id
                  where o.Team == team
                  select p.Id;

            // A notice reissued to correct it counts once: the letter that replaced it.
            var letters = db.IssuedLetters.AsNoTracking()
                .Where(l => Appealable.Contains(l.Outcome) && l.LetterDate >= from && l.LetterDate <= to && !db.IssuedLetters.Any(r => r.ReplacesLetterId == l.Id));
            var notices = await (teamCases is null ? letters : letters.Where(l => teamCases.Contains(l.PlacementRequestId))).CountAsync(cancellationToken);

            var appealsInPeriod = db.TribunalAppeals.AsNoTracking().Where(a => a.RegisteredOn >= from && a.RegisteredOn <= to);
            var registered = await (teamCases is null ? appealsInPeriod : appealsInPeriod.Where(a => teamCases.Contains(a.PlacementRequestId)))
                .ToListAsync(cancellationToken);

            var baseline = options.Value.BaselinePercentage;
            var rate = new Rate(notices, registered.Count, notices == 0 ? null : Math.Round(100m * registered.Count / notices, 1), baseline);
            var outcomes = new Outcomes(
                registered.Count(a => KindOf(a) == OutcomeKind.Conceded),
                registered.Count(a => KindOf(a) == OutcomeKind.Withdrawn),
                registered.Count(a => KindOf(a) == OutcomeKind.ForFamily),
                registered.Count(a => KindOf(a) == OutcomeKind.ForCouncil),
                registered.Count(a => KindOf(a) == OutcomeKind.Open));

            var orders = await OrdersAsync(from, to, teamCases, cancellationToken);
            var (sectors, settings) = await WhereAsync(registered, cancellationToken);
            return new Report(from, to, team, rate, outcomes, orders,
                Tally(registered.Select(a => a.Subject.Describe())), sectors, settings,
            [
                "Appeal rate: tribunal appeals registered in the period, per notice carrying the right of appeal issued in the period (a notice reissued to correct it counts once).",
                "Outcomes: of the appeals registered in the period, as they stand today; an appeal the council did not oppose is counted as conceded, one the family withdrew as withdrawn.",
                "Orders: the tribunal's orders made in the period, met within the statutory limit (reg 44, or reg 45 when not opposed), met after it, or not met yet.",
                "Sectors and settings: the sector and the setting named in the notice appealed against, where one was named.",
            ]);
        }

        private async Task<Orders> OrdersAsync(DateOnly from, DateOnly to, IQueryable<Domain.PlacementRequests.PlacementRequestId>? teamCases, CancellationToken cancellationToken)
        {
            var withOrders = db.TribunalAppeals.AsNoTracking().Where(a => a.Orders.Any(o => o.MadeOn >= from && o.MadeOn <= to));
            var appeals = await (teamCases is null ? withOrders : withOrders.Where(a => teamCases.Contains(a.PlacementRequestId)))
                .ToListAsync(cancellationToken);
            var made = appeals.SelectMany(a => a.Orders.Where(o => o.MadeOn >= from && o.MadeOn <= to)).ToList();
            var caseIds = appeals.Select(a => a.PlacementRequestId).Distinct().ToList();
            var slots = made.Select(o => o.Id.ToString("D")).ToList();
            var withinLimit = await db.CaseMilestones.AsNoTracking()
                .Where(m => caseIds.Contains(m.PlacementRequestId) && slots.Contains(m.Slot))
                .Select(m => new { m.Slot, m.MetWithinLimit })
                .ToListAsync(cancellationToken);
            // A set, not a search per order: looking each order up in the list grew with the square of the orders (and
            // formatted an id per comparison: 35 MB at 10⁵ cases; docs/benchmarks.md).
            var metWithinLimit = withinLimit.Where(m => m.MetWithinLimit == true).Select(m => m.Slot).ToHashSet(StringComparer.Ordinal);
            var onTime = made.Count(o => o.MetOn is not null && metWithinLimit.Contains(o.Id.ToString("D")));
            var open = made.Count(o => o.MetOn is null);
            return new Orders(made.Count, onTime, made.Count - onTime - open, open);
        }

        private async Task<(IReadOnlyList<Concern> Sectors, IReadOnlyList<Concern> Settings)> WhereAsync(List<TribunalAppeal> appeals, CancellationToken cancellationToken)
        {
            var noticeIds = appeals.Select(a => a.NoticeLetterId).Distinct().ToList();
            var notices = await db.IssuedLetters.AsNoTracking()
                .Where(l => noticeIds.Contains(l.Id))
                .Select(l => new { l.Id, l.NamedInPlan, DecisionId = l.BasedOnDecisionId ?? l.DecisionId })
                .ToListAsync(cancellationToken);
            var decisionIds = notices.Where(n => n.DecisionId != null).Select(n => n.DecisionId!.Value).Distinct().ToList();
            var placements = await db.PanelDecisions.AsNoTracking()
                .Where(d => decisionIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Placement })
                .ToListAsync(cancellationToken);
            var noticeById = notices.ToDictionary(n => n.Id);
            var placementById = placements.ToDictionary(p => p.Id, p => p.Placement);
            var sectors = new List<string>();
            var settings = new List<string>();
            foreach (var appeal in appeals)
            {
                var notice = noticeById.GetValueOrDefault(appeal.NoticeLetterId);
                var placement = notice?.DecisionId is { } decisionId ? placementById.GetValueOrDefault(decisionId) : null;
                sectors.Add(string.IsNullOrWhiteSpace(placement?.SectorName) ? "Not known" : placement.SectorName);
                var setting = notice?.NamedInPlan ?? placement?.SettingName;
                settings.Add(string.IsNullOrWhiteSpace(setting) ? "None named" : setting);
            }

            return (Tally(sectors), Tally(settings));
        }

        private static List<Concern> Tally(IEnumerable<string> names) =>
            names.GroupBy(n => n, StringComparer.Ordinal).Select(g => new Concern(g.Key, g.Count()))
                .OrderByDescending(c => c.Appeals).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private enum OutcomeKind
    {
        Conceded,
        Withdrawn,
        ForFamily,
        ForCouncil,
        Open,
    }

    private static OutcomeKind KindOf(TribunalAppeal appeal) => appeal switch
    {
        { Position: AppealPosition.WithdrawnByFamily } => OutcomeKind.Withdrawn,
        { Position: AppealPosition.Concedes } => OutcomeKind.Conceded,
        { Outcome: TribunalOutcome.Allowed or TribunalOutcome.PartlyAllowed } => OutcomeKind.ForFamily,
        { Outcome: TribunalOutcome.Dismissed } => OutcomeKind.ForCouncil,
        _ => OutcomeKind.Open,
    };

    /// <summary>The report as CSV: a header row, then one row per figure (measure, name, from, to, team, count, percentage).</summary>
    public static string ToCsv(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.AppendLine("measure,name,from,to,team,count,percentage");
        var r = report.AppealRate;
        csv.AppendLine(Row("notices-with-right-of-appeal", null, report, r.NoticesIssued, null));
        csv.AppendLine(Row("appeals-registered", null, report, r.AppealsRegistered, r.Percentage));
        csv.AppendLine(Row("baseline-appeal-rate", null, report, null, r.BaselinePercentage));
        var o = report.Outcomes;
        csv.AppendLine(Row("outcome", "conceded", report, o.Conceded, null));
        csv.AppendLine(Row("outcome", "withdrawn", report, o.Withdrawn, null));
        csv.AppendLine(Row("outcome", "decided-for-family", report, o.DecidedForFamily, null));
        csv.AppendLine(Row("outcome", "decided-for-council", report, o.DecidedForCouncil, null));
        csv.AppendLine(Row("outcome", "still-open", report, o.StillOpen, null));
        var orders = report.Orders;
        csv.AppendLine(Row("orders", "made", report, orders.Made, null));
        csv.AppendLine(Row("orders", "met-on-time", report, orders.MetOnTime, null));
        csv.AppendLine(Row("orders", "met-late", report, orders.MetLate, null));
        csv.AppendLine(Row("orders", "still-open", report, orders.StillOpen, null));
        foreach (var c in report.Subjects)
        {
            csv.AppendLine(Row("subject", c.Name, report, c.Appeals, null));
        }

        foreach (var c in report.Sectors)
        {
            csv.AppendLine(Row("sector", c.Name, report, c.Appeals, null));
        }

        foreach (var c in report.Settings)
        {
            csv.AppendLine(Row("setting", c.Name, report, c.Appeals, null));
        }

        return csv.ToString();
    }

    private static string Row(string measure, string? name, Report report, int? count, decimal? percentage) =>
        string.Join(',',
            measure,
            Quote(name),
            report.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Quote(report.Team),
            count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            percentage?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty);

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
