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
/// not due yet, most pressing first.
/// </summary>
public static class GetWorklist
{
    public const string OfficerMe = "me";

    /// <param name="Officer">An officer's user id, or "me" (the default).</param>
    /// <param name="Team">A team's name: the worklist of everyone in it. For team managers, of their own team.</param>
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(string? Officer, string? Team) : IQuery<Worklist>;

    public sealed record Worklist(
        string Scope,
        DateOnly Today,
        IReadOnlyList<Item> CriticallyOverdue,
        IReadOnlyList<Item> Overdue,
        IReadOnlyList<Item> DueSoon,
        IReadOnlyList<Item> NotDueYet);

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
        bool Provisional);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q).Must(q => q.Officer is null || q.Team is null).OverridePropertyName("team")
                .WithMessage("Ask for one officer's worklist or one team's, not both.");
            RuleFor(q => q.Officer).MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage("That is not an officer's id.");
            RuleFor(q => q.Team).MaximumLength(100).WithMessage("That is not a team's name.");
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, Worklist>
    {
        public async ValueTask<Worklist> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var today = UkCalendar.Today(clock);
            var rows =
                from m in db.CaseMilestones.AsNoTracking()
                where m.IsOpen
                join p in db.PlacementRequests on m.PlacementRequestId equals p.Id
                join c in db.Children on p.ChildId equals c.Id
                join o in db.Users on p.AssignedOfficerId equals o.Id
                select new { m, p.Reference, ChildName = c.GivenName + " " + c.FamilyName, p.AssignedOfficerId, OfficerName = o.DisplayName, o.Team };

            string scope;
            if (!string.IsNullOrWhiteSpace(query.Team))
            {
                var team = await ManagedTeamAsync(query.Team, cancellationToken);
                rows = rows.Where(r => r.Team == team);
                scope = $"team:{team}";
            }
            else
            {
                var officer = string.IsNullOrWhiteSpace(query.Officer) || string.Equals(query.Officer, OfficerMe, StringComparison.OrdinalIgnoreCase)
                    ? currentUser.Id
                    : new UserId(query.Officer.Trim());
                rows = rows.Where(r => r.AssignedOfficerId == officer);
                scope = $"officer:{officer.Value}";
            }

            var items = (await rows.ToListAsync(cancellationToken))
                .Select(r => new Item(
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
                    r.m.Provisional))
                .OrderBy(i => i.DueDate).ThenBy(i => i.Reference).ThenBy(i => i.Milestone)
                .ToLookup(i => rules.Worklist.Classify(i.DueDate, today));

            return new Worklist(scope, today,
                [.. items[WorklistGroup.CriticallyOverdue]],
                [.. items[WorklistGroup.Overdue]],
                [.. items[WorklistGroup.DueSoon]],
                [.. items[WorklistGroup.NotDueYet]]);
        }

        /// <summary>A team's worklist is for its manager: the team's name as their account spells it.</summary>
        private async Task<string> ManagedTeamAsync(string team, CancellationToken cancellationToken)
        {
            var me = currentUser.Id;
            var account = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.Role, u.Team }).SingleOrDefaultAsync(cancellationToken);
            if (account is not { Role: Role.TeamManager } || !string.Equals(account.Team, team.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                throw new ForbiddenException("Only the team's manager can see a team's worklist.");
            }

            return account.Team!;
        }
    }
}
