using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// The team manager's phase transfer picture for a September (issue 21; docs/adr/0265): per phase and in total, the
/// children of the team's cohort, how many are on track, at risk and late, and how many amended plans were issued by
/// the statutory date (15 February; 31 March for school to post-16; SEND Regulations 2014 reg 18), including and
/// excluding transfers to which a recorded exception applies. The same children as <see cref="GetPhaseTransferCohort"/>,
/// seen by the same people.
/// </summary>
public static class GetPhaseTransferPicture
{
    /// <param name="September">The year of the September in which the children move.</param>
    /// <param name="Team">The caller's own team (the only one they may see); another is not found.</param>
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(int September, string? Team) : IQuery<Picture>;

    /// <param name="Children">Children counted.</param>
    /// <param name="IssuedByDeadline">Of them, those whose final amended plan was issued on or before the statutory date.</param>
    /// <param name="Percentage">IssuedByDeadline per Children, in percent to one decimal place; null when there are none.</param>
    public sealed record Issued(int Children, int IssuedByDeadline, decimal? Percentage);

    /// <param name="Phase">The phase; null for the total.</param>
    /// <param name="Deadline">The statutory date of the phase; null for the total (it holds two dates).</param>
    /// <param name="IssuedLate">Amended plans issued after the date.</param>
    public sealed record Row(
        TransferPhase? Phase,
        string Name,
        DateOnly? Deadline,
        int Children,
        int OnTrack,
        int AtRisk,
        int Late,
        int IssuedLate,
        Issued IncludingExceptions,
        Issued ExcludingExceptions);

    /// <param name="ExceptionsCanApply">Whether any configured exception reason applies to the transfer's date (none does by default: reg 18 has no exception).</param>
    public sealed record Picture(
        int September,
        DateOnly Today,
        string? Team,
        IReadOnlyList<Row> Phases,
        Row Total,
        bool ExceptionsCanApply,
        IReadOnlyList<string> Notes);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(TimeProvider clock)
        {
            var year = UkCalendar.Today(clock).Year;
            var either = GetPhaseTransferCohort.Validator.YearsEitherSide;
            RuleFor(q => q.September).InclusiveBetween(year - either, year + either)
                .WithMessage($"Choose a September from {year - either} to {year + either}.");
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
        }
    }

    public sealed class Handler(PlanScope scope, PhaseTransferCohortReader reader, TimelinessRules rules, CaseAccess access)
        : IQueryHandler<Query, Picture>
    {
        public async ValueTask<Picture> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var plans = await scope.VisibleAsync(query.Team, cancellationToken);
            var account = await access.AccountAsync(cancellationToken);
            var read = await reader.ReadAsync(plans, query.September, phase: null, sector: null, settingId: null, cancellationToken);
            var exceptionsCanApply = rules.ExceptionReasons.Values.Any(r => r.AppliesTo.Contains(MilestoneKind.PhaseTransferAmendment));

            var phases = read.Cohort.YearGroups
                .GroupBy(g => g.Phase)
                .Select(g => Tally(g.Key, PhaseName(g.Key), g.First().Deadline, read.Children.Where(c => c.Phase == g.Key).ToList()))
                .ToList();
            var total = Tally(null, "Every phase", null, read.Children);
            return new Picture(query.September, read.Today, account.Team, phases, total, exceptionsCanApply, Notes(exceptionsCanApply, read.Cohort));
        }

        /// <summary>
        /// The figures of a row: each child's standing as the cohort grades it; an amended plan issued on or before the
        /// child's own statutory date counts as by the date, after it as late; excluding exceptions leaves out the children
        /// to whose transfer an exception applies.
        /// </summary>
        public static Row Tally(TransferPhase? phase, string name, DateOnly? deadline, IReadOnlyList<GetPhaseTransferCohort.Child> children)
        {
            ArgumentNullException.ThrowIfNull(children);
            static Issued IssuedOf(IReadOnlyList<GetPhaseTransferCohort.Child> counted)
            {
                var byDate = counted.Count(c => c.AmendedPlanIssued is { } issued && issued <= c.Deadline);
                return new Issued(counted.Count, byDate, counted.Count == 0 ? null : Math.Round(100m * byDate / counted.Count, 1, MidpointRounding.AwayFromZero));
            }

            return new Row(
                phase,
                name,
                deadline,
                children.Count,
                children.Count(c => c.Standing == TransferStanding.OnTrack),
                children.Count(c => c.Standing == TransferStanding.AtRisk),
                children.Count(c => c.Standing == TransferStanding.Late),
                children.Count(c => c.AmendedPlanIssued is { } issued && issued > c.Deadline),
                IssuedOf(children),
                IssuedOf(children.Where(c => !c.ExceptionApplies).ToList()));
        }

        private static IReadOnlyList<string> Notes(bool exceptionsCanApply, PhaseTransferCohort cohort) =>
        [
            $"The children are those with a plan held by the team's officers who are in a transfer year group in the school year starting {cohort.TransferYearStarts.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}, worked out from their dates of birth.",
            "An amended plan counts as issued by the date when the final amended plan notice of the child's phase transfer request is dated on or before it (SEND Regulations 2014, regulation 18: 15 February, or 31 March for a move from school to a post-16 institution).",
            "On track, at risk and late are as on the cohort page: at risk when fewer days are left than the area allows for a panel and a notice and the panel has not decided.",
            exceptionsCanApply
                ? "Excluding exceptions leaves out every transfer to which a recorded exception applies."
                : "Regulation 18 has no exception to its dates, and no exception reason configured here applies to them, so the figures excluding exceptions are the same as those including them.",
        ];
    }

    public static string PhaseName(TransferPhase phase) => phase switch
    {
        TransferPhase.IntoSchool => "Early years to school",
        TransferPhase.WithinPrimary => "Infant to junior",
        TransferPhase.IntoSecondary => "Primary to secondary",
        TransferPhase.IntoPost16 => "School to post-16",
        _ => phase.ToString(),
    };

    /// <summary>The picture as CSV, one row per phase and a total, with both sets of issued figures.</summary>
    public static string ToCsv(Picture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var csv = new StringBuilder();
        csv.AppendLine("september,team,phase,deadline,children,on_track,at_risk,late,issued_late,issued_by_deadline_including_exceptions,percentage_including_exceptions,children_excluding_exceptions,issued_by_deadline_excluding_exceptions,percentage_excluding_exceptions");
        foreach (var row in picture.Phases.Append(picture.Total))
        {
            csv.AppendLine(string.Join(',',
                picture.September.ToString(CultureInfo.InvariantCulture),
                Quote(picture.Team),
                Quote(row.Name),
                row.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                N(row.Children),
                N(row.OnTrack),
                N(row.AtRisk),
                N(row.Late),
                N(row.IssuedLate),
                N(row.IncludingExceptions.IssuedByDeadline),
                P(row.IncludingExceptions.Percentage),
                N(row.ExcludingExceptions.Children),
                N(row.ExcludingExceptions.IssuedByDeadline),
                P(row.ExcludingExceptions.Percentage)));
        }

        return csv.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string P(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;

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
