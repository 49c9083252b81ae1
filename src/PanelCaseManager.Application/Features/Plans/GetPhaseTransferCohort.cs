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
    /// <param name="ExceptionApplies">An exception recorded on the request's clock lifts the reg 18 date (only where the area configured a reason that applies to it; none does by default).</param>
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
        DateOnly? AmendedPlanIssued,
        bool ExceptionApplies = false);

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

    public sealed class Handler(PlanScope scope, PhaseTransferCohortReader reader) : IQueryHandler<Query, Cohort>
    {
        public async ValueTask<Cohort> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var plans = await scope.VisibleAsync(query.Team, cancellationToken);
            var read = await reader.ReadAsync(plans, query.September, query.Phase, query.Sector, query.SettingId, cancellationToken);
            var items = read.Children;
            var shown = items.Where(i => query.Standing is null || i.Standing == query.Standing).ToList();
            return new Cohort(
                query.September,
                read.Today,
                read.Deadlines,
                items.Count(i => i.Standing == TransferStanding.OnTrack),
                items.Count(i => i.Standing == TransferStanding.AtRisk),
                items.Count(i => i.Standing == TransferStanding.Late),
                shown);
        }
    }
}
