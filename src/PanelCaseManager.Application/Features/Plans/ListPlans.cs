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
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// The plan register of the caller's team: each child's plan, the setting, the plan's date and last review, and the
/// day the next annual review is due (CFA 2014 s.44(1)), soonest first.
/// </summary>
public static class ListPlans
{
    /// <param name="Search">Part of a child's name.</param>
    /// <param name="ReviewDueBy">Only plans whose review is due on or before this day.</param>
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(string? Search, DateOnly? ReviewDueBy, int? Page, int? PageSize) : IQuery<PagedResult<Item>>;

    /// <param name="YearGroup">The child's year group today, in words.</param>
    /// <param name="DaysToReview">Negative when the review is overdue.</param>
    public sealed record Item(
        Guid PlanId,
        Guid ChildId,
        string ChildName,
        DateOnly DateOfBirth,
        string YearGroup,
        string? Setting,
        DateOnly PlanDate,
        DateOnly? LastReviewDate,
        DateOnly ReviewDue,
        int DaysToReview,
        string OfficerName,
        PlanSource Source);

    public sealed class Validator : AbstractValidator<Query>
    {
        public const int MaximumPage = 100_000;
        private static readonly DateOnly EarliestDate = new(1990, 1, 1);
        private static readonly DateOnly LatestDate = new(2199, 12, 31);

        public Validator(IOptions<PlanRegisterOptions> options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var maximum = options.Value.MaximumPageSize;
            RuleFor(q => q.Search).MaximumLength(100).WithMessage("Search for 100 characters or fewer.");
            RuleFor(q => q.Page).InclusiveBetween(1, MaximumPage).WithMessage($"Pages are numbered from 1 to {MaximumPage}.");
            RuleFor(q => q.ReviewDueBy).InclusiveBetween(EarliestDate, LatestDate)
                .WithMessage($"Give a date from {EarliestDate.Year} to {LatestDate.Year}.");
            RuleFor(q => q.PageSize).InclusiveBetween(1, maximum).WithMessage($"Show between 1 and {maximum} plans a page.");
        }
    }

    public sealed class Handler(PanelDbContext db, PlanScope scope, TimelinessRules rules, TimeProvider clock, IOptions<PlanRegisterOptions> options)
        : IQueryHandler<Query, PagedResult<Item>>
    {
        public async ValueTask<PagedResult<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkCalendar.Today(clock);
            var plans = await scope.VisibleAsync(team: null, cancellationToken);
            var rows =
                from p in plans
                join c in db.Children on p.ChildId equals c.Id
                join o in db.Users on p.OfficerId equals o.Id
                from s in db.Settings.Where(s => s.Id == p.SettingId).DefaultIfEmpty()
                select new { p, c.GivenName, c.FamilyName, c.DateOfBirth, Officer = o.DisplayName, Setting = s == null ? p.NamedInPlan : s.Name };
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                // Upper-cased on both sides: PostgreSQL's LIKE, unlike SQLite's and SQL Server's, minds case.
                var text = query.Search.Trim().ToUpperInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
                var pattern = $"%{text}%";
#pragma warning disable CA1304, CA1311 // ToUpper here is translated to SQL's UPPER, not run in .NET.
                rows = rows.Where(r => EF.Functions.Like((r.GivenName + " " + r.FamilyName).ToUpper(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
            }

            if (query.ReviewDueBy is { } dueBy)
            {
                var latestBase = LatestBaseDueBy(dueBy, rules.Clock.AnnualReviewMonths);
                rows = rows.Where(r => (r.p.LastReviewDate ?? r.p.PlanDate) <= latestBase);
            }

            var page = query.Page ?? 1;
            var size = query.PageSize ?? Math.Min(50, options.Value.MaximumPageSize);
            var total = await rows.CountAsync(cancellationToken);
            var found = await rows
                .OrderBy(r => r.p.LastReviewDate ?? r.p.PlanDate).ThenBy(r => r.FamilyName).ThenBy(r => r.p.Id)
                .Skip((page - 1) * size).Take(size)
                .ToListAsync(cancellationToken);
            var items = found.Select(r =>
            {
                var due = r.p.ReviewDue(rules.Clock);
                return new Item(r.p.Id, r.p.ChildId.Value, $"{r.GivenName} {r.FamilyName}", r.DateOfBirth, YearName(SchoolYear.For(r.DateOfBirth, today)),
                    r.Setting, r.p.PlanDate, r.p.LastReviewDate, due, due.DayNumber - today.DayNumber, r.Officer, r.p.Source);
            }).ToList();
            return new PagedResult<Item>(items, page, size, total);
        }
    }

    /// <summary>
    /// The latest plan or review date whose next review is due on or before <paramref name="dueBy"/>. The due date never
    /// falls as the base date rises, so every earlier base is due by then too; the search steps over month ends
    /// (12 months starting with 29 February 2028 and with 1 March 2028 both end on 28 February 2029).
    /// </summary>
    internal static DateOnly LatestBaseDueBy(DateOnly dueBy, int months)
    {
        var candidate = dueBy.AddMonths(-months).AddDays(1);
        while (StatutoryDates.MonthsBeginningWith(candidate, months) > dueBy)
        {
            candidate = candidate.AddDays(-1);
        }

        while (StatutoryDates.MonthsBeginningWith(candidate.AddDays(1), months) <= dueBy)
        {
            candidate = candidate.AddDays(1);
        }

        return candidate;
    }

    internal static string YearName(SchoolYear year) => year.Number == SchoolYear.Reception - 1 ? "Nursery" : year.Name;
}
