using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>A caseload: placement requests filtered by stage, officer, need or text, a page at a time.</summary>
public static class ListPlacementRequests
{
    public const int MaximumPageSize = 100;
    public const int DefaultPageSize = 25;
    public const string OfficerMe = "me";

    /// <summary>Sort orders a caseload can be read in.</summary>
    public static readonly IReadOnlyList<string> SortOrders = ["received-newest", "received-oldest", "reference", "child-name", NextDeadlineSort];

    /// <summary>Soonest next open deadline first (the most overdue at the top); cases with none open last.</summary>
    public const string NextDeadlineSort = "next-deadline";

    /// <param name="Stage">A stage name, e.g. "Evidence".</param>
    /// <param name="Officer">An officer's user id, or "me".</param>
    /// <param name="Need">A SEN2 code, matched against the primary or secondary need.</param>
    /// <param name="Text">A case reference, a UPN, or part of the child's name.</param>
    /// <param name="Sort">One of <see cref="SortOrders"/>.</param>
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(string? Stage, string? Officer, string? Need, string? Text, int? Page, int? PageSize, string? Sort)
        : IQuery<PagedResult<Summary>>
    {
        /// <summary>"overdue" (an open deadline past its date) or "due-soon" (the next one within the worklist's due-soon days, none overdue); null for all.</summary>
        public string? Deadline { get; init; }
    }

    public sealed record Summary(
        Guid Id,
        string Reference,
        string ChildName,
        DateOnly ChildDateOfBirth,
        RequestType Type,
        Stage Stage,
        string StageDescription,
        DateOnly ReceivedDate,
        string PrimaryNeed,
        string AssignedOfficerId,
        string AssignedOfficerName,
        int Version) : ICaseScoped
    {
        /// <summary>The case's open statutory deadline due soonest, or null when none is open.</summary>
        public NextDeadline? NextDeadline { get; init; }

        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(Sen2Catalogue sen2)
        {
            RuleFor(q => q.Stage)
                .Must(s => Enum.TryParse<Stage>(s, ignoreCase: true, out var stage) && Enum.IsDefined(stage))
                .WithMessage($"Unknown stage. Use one of {string.Join(", ", Enum.GetNames<Stage>())}.")
                .When(q => !string.IsNullOrEmpty(q.Stage));
            RuleFor(q => q.Need)
                .Must(sen2.Contains)
                .WithMessage($"Unknown need. Use a SEN2 code: {string.Join(", ", sen2.All.Select(n => n.Code))}.")
                .When(q => !string.IsNullOrEmpty(q.Need));
            RuleFor(q => q.Officer).MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage("That is not an officer's id.");
            RuleFor(q => q.Text).MaximumLength(200).WithMessage("Search for 200 characters or fewer.");
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaximumPageSize).WithMessage($"A page holds 1 to {MaximumPageSize} cases.");
            RuleFor(q => q.Sort)
                .Must(s => SortOrders.Contains(s))
                .WithMessage($"Unknown sort order. Use one of {string.Join(", ", SortOrders)}.")
                .When(q => !string.IsNullOrEmpty(q.Sort));
            RuleFor(q => q.Deadline)
                .Must(d => CaseDeadlines.Filters.Contains(d))
                .WithMessage($"Unknown deadline filter. Use one of {string.Join(", ", CaseDeadlines.Filters)}.")
                .When(q => !string.IsNullOrEmpty(q.Deadline));
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, CaseAccess caseAccess, TimelinessRules rules, TimeProvider clock)
        : IQueryHandler<Query, PagedResult<Summary>>
    {
        public async ValueTask<PagedResult<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var page = query.Page ?? 1;
            var pageSize = query.PageSize ?? DefaultPageSize;

            var account = await caseAccess.AccountAsync(cancellationToken);
            var rows =
                from p in caseAccess.Visible(db.PlacementRequests.AsNoTracking(), account)
                join c in db.Children on p.ChildId equals c.Id
                join o in db.Users on p.AssignedOfficerId equals o.Id
                select new { p, c, OfficerName = o.DisplayName, NextDue = db.CaseMilestones.Where(m => m.PlacementRequestId == p.Id && m.IsOpen).Min(m => m.DueDate) };
            var today = UkCalendar.Today(clock);

            if (query.Deadline == CaseDeadlines.Overdue)
            {
                rows = rows.Where(r => r.NextDue != null && r.NextDue < today);
            }
            else if (query.Deadline == CaseDeadlines.DueSoon)
            {
                var until = CaseDeadlines.DueSoonUntil(rules.Worklist, today);
                rows = rows.Where(r => r.NextDue != null && r.NextDue >= today && r.NextDue <= until);
            }

            if (!string.IsNullOrEmpty(query.Stage))
            {
                var stage = Enum.Parse<Stage>(query.Stage, ignoreCase: true);
                rows = rows.Where(r => r.p.Stage == stage);
            }

            if (!string.IsNullOrEmpty(query.Officer))
            {
                var officer = string.Equals(query.Officer, OfficerMe, StringComparison.OrdinalIgnoreCase) ? currentUser.Id : new UserId(query.Officer);
                rows = rows.Where(r => r.p.AssignedOfficerId == officer);
            }

            if (!string.IsNullOrEmpty(query.Need))
            {
                var code = query.Need.ToUpperInvariant();
                rows = rows.Where(r => r.p.Needs.Any(n => n.Code == code));
            }

            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                var text = query.Text.Trim();
                if (CaseReference.TryParse(text, out var reference))
                {
                    rows = rows.Where(r => r.p.Reference == reference!);
                }
                else if (UniquePupilNumber.TryParse(text, out var upn))
                {
                    rows = rows.Where(r => r.c.Upn == upn);
                }
                else
                {
                    // Upper-cased on both sides: PostgreSQL's LIKE, unlike SQLite's and SQL Server's, minds case.
                    var pattern = $"%{EscapeLike(text.ToUpperInvariant())}%";
#pragma warning disable CA1304, CA1311 // ToUpper here is translated to SQL's UPPER, not run in .NET.
                    rows = rows.Where(r => EF.Functions.Like((r.c.GivenName + " " + r.c.FamilyName).ToUpper(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
                }
            }

            rows = query.Sort switch
            {
                "received-oldest" => rows.OrderBy(r => r.p.ReceivedDate).ThenBy(r => r.p.Reference),
                "reference" => rows.OrderBy(r => r.p.Reference),
                NextDeadlineSort => rows.OrderBy(r => r.NextDue == null).ThenBy(r => r.NextDue).ThenBy(r => r.p.Reference),
                "child-name" => rows.OrderBy(r => r.c.FamilyName).ThenBy(r => r.c.GivenName).ThenBy(r => r.p.Reference),
                _ => rows.OrderByDescending(r => r.p.ReceivedDate).ThenByDescending(r => r.p.Reference),
            };

            var total = await rows.CountAsync(cancellationToken);
            var items = await rows
                .Skip(Paging.RowsBefore(page, pageSize))
                .Take(pageSize)
                .Select(r => new Summary(
                    r.p.Id.Value,
                    r.p.Reference.Value,
                    r.c.GivenName + " " + r.c.FamilyName,
                    r.c.DateOfBirth,
                    r.p.Type,
                    r.p.Stage,
                    string.Empty,
                    r.p.ReceivedDate,
                    r.p.Needs.Where(n => n.Rank == RankedNeed.Primary).Select(n => n.Code).First(),
                    r.p.AssignedOfficerId.Value,
                    r.OfficerName,
                    r.p.Version))
                .ToListAsync(cancellationToken);

            var deadlines = await CaseDeadlines.NextAsync(db, items.Select(i => new PlacementRequestId(i.Id)).ToList(), rules.Worklist, today, cancellationToken);
            return new PagedResult<Summary>(
                items.Select(i => i with { StageDescription = i.Stage.Describe(), NextDeadline = deadlines.GetValueOrDefault(new PlacementRequestId(i.Id)) }).ToList(),
                page, pageSize, total);
        }

        private static string EscapeLike(string text) =>
            text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }
}
