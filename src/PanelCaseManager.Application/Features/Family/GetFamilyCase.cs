using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>One of the family's own requests, as they see it.</summary>
public static class GetFamilyCase
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Query(Guid Id) : IQuery<View>, ICaseScoped
    {
        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public sealed record View(
        Guid Id,
        string Reference,
        string ChildName,
        Stage Stage,
        string WhereItIs,
        DateOnly ReceivedDate,
        IReadOnlyList<Preference> YourPreferences,
        IReadOnlyList<StepTaken> StepsSoFar,
        Contact Officer,
        IReadOnlyList<ViewGiven> ViewsGiven,
        bool CanGiveViews,
        bool CanAskForAPlace,
        int Version);

    /// <summary>Views the family or the child gave, as recorded: their own words, not the staff's.</summary>
    public sealed record ViewGiven(DateOnly On, Domain.Evidence.Voice Voice, string GivenBy, string WhatMatters, string? HopesAndAspirations, string? HowBestSupported);

    public sealed record Preference(int Rank, string Choice, string YourReasons);

    public sealed record StepTaken(DateOnly On, string What);

    public sealed record Contact(string Name, string Email);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Id).NotEmpty().WithMessage("Give the id of your request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var row = await (
                    from request in db.PlacementRequests.AsNoTracking()
                    join child in db.Children on request.ChildId equals child.Id
                    join officer in db.Users on request.AssignedOfficerId equals officer.Id
                    where request.Id == new PlacementRequestId(query.Id)
                    select new { Request = request, child.GivenName, OfficerName = officer.DisplayName, OfficerEmail = officer.Email })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Placement request", query.Id);

            var p = row.Request;
            var advice = (await AdviceSoFar.ForAsync(db, [p.Id], cancellationToken)).GetValueOrDefault(p.Id);
            var views = await db.CaseViews.AsNoTracking()
                .Where(v => v.PlacementRequestId == p.Id)
                .OrderBy(v => v.RecordedAt)
                .Select(v => new ViewGiven(v.GatheredOn, v.Voice, v.GivenBy, v.WhatMatters, v.HopesAndAspirations, v.HowBestSupported))
                .ToListAsync(cancellationToken);
            // Stage changes without the staff's reasons: the family hears the reasons from their officer and in letters.
            var steps = p.StageChanges.OrderBy(s => s.Sequence)
                .Select(s => new StepTaken(Domain.Common.UkCalendar.DateOf(s.At), s.To.Describe()))
                .Prepend(new StepTaken(p.ReceivedDate, Stage.Received.Describe()))
                .ToList();
            return new View(
                p.Id.Value,
                p.Reference.Value,
                row.GivenName,
                p.Stage,
                FamilyStageText.Explain(p.Stage, row.GivenName, advice),
                p.ReceivedDate,
                p.Preferences.Select(x => new Preference(x.Rank, x.Describe(), x.Reasons)).ToList(),
                steps,
                new Contact(row.OfficerName, row.OfficerEmail),
                views,
                p.Stage is not (Stage.Closed or Stage.Withdrawn),
                p.PreferencesCanChange,
                p.Version);
        }
    }
}
