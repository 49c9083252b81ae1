using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// The open deadlines of an officer's cases, or of a team's, grouped critically overdue / overdue / due soon /
/// not due yet, most pressing first. An officer sees their own or a teammate's; a team manager also their whole team's;
/// never another team's (docs/adr/0185).
/// </summary>
public static class GetWorklist
{
    public const string OfficerMe = "me";

    /// <param name="Officer">An officer's user id, of the caller's own team, or "me" (the default).</param>
    /// <param name="Team">A team's name: the worklist of everyone in it. For team managers, of their own team.</param>
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(string? Officer, string? Team) : IQuery<Worklist>
    {
        /// <summary>Only deadlines of this status: critically-overdue, overdue, due-soon or not-due-yet.</summary>
        public string? Status { get; init; }

        /// <summary>Only deadlines of this kind, by its name (<see cref="MilestoneKind"/>), e.g. "DecisionToAssess".</summary>
        public string? Kind { get; init; }
    }

    /// <summary>The statuses a worklist can be filtered by, most pressing first.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["critically-overdue", "overdue", "due-soon", "not-due-yet"];

    public static string StatusOf(WorklistGroup group) => Statuses[(int)group];

    public sealed record Worklist(
        string Scope,
        DateOnly Today,
        IReadOnlyList<Item> CriticallyOverdue,
        IReadOnlyList<Item> Overdue,
        IReadOnlyList<Item> DueSoon,
        IReadOnlyList<Item> NotDueYet) : IReturnsCases
    {
        /// <summary>The same deadlines a row per child: most pressing child first, each child's deadlines soonest first.</summary>
        public IReadOnlyList<ChildRow> Children { get; init; } = [];

        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds =>
            CriticallyOverdue.Concat(Overdue).Concat(DueSoon).Concat(NotDueYet).Select(i => i.PlacementRequestId).Distinct().ToList();
    }

    /// <param name="Provisional">The date is counted in working days in a year without recorded bank holidays, so it may move when they are imported.</param>
    public sealed record Item(
        Guid PlacementRequestId,
        string Reference,
        string ChildName,
        MilestoneKind Milestone,
        string Description,
        Agency? Agency,
        DateOnly DueDate,
        int DaysUntilDue,
        bool ExceptionApplies,
        string OfficerId,
        string OfficerName,
        bool Provisional) : ICaseScoped;

    /// <param name="MostPressing">The status of the child's most pressing deadline.</param>
    public sealed record ChildRow(
        Guid ChildId,
        string ChildName,
        IReadOnlyList<string> References,
        string OfficerName,
        WorklistGroup MostPressing,
        IReadOnlyList<Item> Deadlines);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => q.Officer is null || q.Team is null).OverridePropertyName("team")
                .WithMessage("Ask for one officer's worklist or one team's, not both.");
            RuleFor(q => q.Officer).MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage("That is not an officer's id.");
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
            RuleFor(q => q.Status).Must(s => Statuses.Contains(s))
                .WithMessage($"Unknown status. Use one of {string.Join(", ", Statuses)}.")
                .When(q => !string.IsNullOrEmpty(q.Status));
            RuleFor(q => q.Kind).Must(k => KindOf(k) is not null)
                .WithMessage($"Unknown kind of deadline. Use one of {string.Join(", ", Enum.GetNames<MilestoneKind>())}.")
                .When(q => !string.IsNullOrEmpty(q.Kind));
        }
    }

    /// <summary>A kind of deadline by its name, never by a number.</summary>
    public static MilestoneKind? KindOf(string? name) =>
        name is not null && Enum.GetNames<MilestoneKind>().FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { } found
            ? Enum.Parse<MilestoneKind>(found)
            : null;

    public sealed class Handler(PanelDbContext db, CaseAccess access, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, Worklist>
    {
        public async ValueTask<Worklist> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkCalendar.Today(clock);
            var account = await access.AccountAsync(cancellationToken);
            var rows =
                from m in db.CaseMilestones.AsNoTracking()
                where m.IsOpen
                join p in access.Visible(db.PlacementRequests.AsNoTracking(), account) on m.PlacementRequestId equals p.Id
                join c in db.Children on p.ChildId equals c.Id
                join o in db.Users on p.AssignedOfficerId equals o.Id
                select new { m, p.Reference, ChildId = c.Id, ChildName = c.GivenName + " " + c.FamilyName, p.AssignedOfficerId, OfficerName = o.DisplayName, o.Team };

            if (KindOf(query.Kind) is { } kind)
            {
                rows = rows.Where(r => r.m.Kind == kind);
            }

            string scope;
            if (!string.IsNullOrWhiteSpace(query.Team))
            {
                var team = ManagedTeam(account, query.Team);
                rows = rows.Where(r => r.Team == team);
                scope = $"team:{team}";
            }
            else
            {
                var officer = string.IsNullOrWhiteSpace(query.Officer) || string.Equals(query.Officer, OfficerMe, StringComparison.OrdinalIgnoreCase)
                    ? account.Id
                    : await TeamOfficerAsync(account, new UserId(query.Officer.Trim()), cancellationToken);
                rows = rows.Where(r => r.AssignedOfficerId == officer);
                scope = $"officer:{officer.Value}";
            }

            var found = await rows.ToListAsync(cancellationToken);
            var children = found.ToDictionary(r => r.m.Id, r => (Id: r.ChildId.Value, r.ChildName));
            var all = found
                .Select(r => (r.m.Id, Item: new Item(
                    r.m.PlacementRequestId.Value,
                    r.Reference.Value,
                    r.ChildName,
                    r.m.Kind,
                    r.m.Kind.Describe(),
                    r.m.Agency,
                    r.m.DueDate!.Value,
                    r.m.DueDate!.Value.DayNumber - today.DayNumber,
                    r.m.ExceptionApplies,
                    r.AssignedOfficerId.Value,
                    r.OfficerName,
                    r.m.Provisional)))
                .Where(x => query.Status is null || StatusOf(rules.Worklist.Classify(x.Item.DueDate, today)) == query.Status)
                .OrderBy(x => x.Item.DueDate).ThenBy(x => x.Item.Reference).ThenBy(x => x.Item.Milestone)
                .ToList();
            var items = all.Select(x => x.Item).ToLookup(i => rules.Worklist.Classify(i.DueDate, today));
            var byChild = all
                .GroupBy(x => children[x.Id])
                .Select(g => new ChildRow(
                    g.Key.Id,
                    g.Key.ChildName,
                    g.Select(x => x.Item.Reference).Distinct().ToList(),
                    string.Join(", ", g.Select(x => x.Item.OfficerName).Distinct()),
                    rules.Worklist.Classify(g.First().Item.DueDate, today),
                    g.Select(x => x.Item).ToList()))
                .OrderBy(c => c.Deadlines[0].DueDate).ThenBy(c => c.ChildName)
                .ToList();

            return new Worklist(scope, today,
                [.. items[WorklistGroup.CriticallyOverdue]],
                [.. items[WorklistGroup.Overdue]],
                [.. items[WorklistGroup.DueSoon]],
                [.. items[WorklistGroup.NotDueYet]])
            {
                Children = byChild,
            };
        }

        /// <summary>A team's worklist is for its manager: the team's name as their account spells it.</summary>
        private static string ManagedTeam(UserAccount account, string team)
        {
            if (account is not { Role: Role.TeamManager, Team: { } managed } || !string.Equals(managed, team.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                throw new ForbiddenException("Only the team's manager can see a team's worklist.");
            }

            return managed;
        }

        /// <summary>Another officer's worklist is open to their own team only; an id of nobody in the team is refused the same way.</summary>
        private async Task<UserId> TeamOfficerAsync(UserAccount account, UserId officer, CancellationToken cancellationToken)
        {
            if (!await access.TeamOfficers(account).AnyAsync(u => u.Id == officer, cancellationToken))
            {
                throw new ForbiddenException("You can see the worklists of your own team's officers only.");
            }

            return officer;
        }
    }
}
