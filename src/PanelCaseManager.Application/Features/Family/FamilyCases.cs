using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// The advice asked for on a case so far (SEND Regulations 2014 reg 6–8): how many requests, and how many have been
/// answered. What the family is told about advice comes from these counts, never from the stage alone.
/// </summary>
public readonly record struct AdviceSoFar(int Asked, int Received)
{
    public bool AllIn => Asked > 0 && Received >= Asked;

    public int Awaited => Math.Max(0, Asked - Received);

    /// <summary>The counts of every case in <paramref name="caseIds"/>; a case with no advice request has none.</summary>
    public static async Task<IReadOnlyDictionary<PlacementRequestId, AdviceSoFar>> ForAsync(
        PanelDbContext db, IReadOnlyCollection<PlacementRequestId> caseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AdviceRequests.AsNoTracking()
            .Where(a => caseIds.Contains(a.PlacementRequestId))
            .GroupBy(a => a.PlacementRequestId)
            .Select(g => new { Id = g.Key, Asked = g.Count(), Received = g.Count(a => a.ReceivedOn != null) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new AdviceSoFar(r.Asked, r.Received));
    }
}

/// <summary>
/// What a family sees of a request: where it is and what it means, in plain English, without staff's notes. It says
/// only what the case's records show: that the advice is in only when advice was asked for and all of it came back.
/// </summary>
public static class FamilyStageText
{
    public static string Explain(Stage stage, string childName, AdviceSoFar advice) => stage switch
    {
        Stage.Received => $"We have the request for {childName}. A SEND officer will contact you.",
        Stage.Evidence => advice.Asked == 0
            ? $"We are finding out about {childName}'s needs. We will ask for advice and reports, and for your views."
            : $"We are finding out about {childName}'s needs. {AdviceLine(advice)}",
        Stage.ReadyForPanel => advice.Asked == 0
            ? $"{childName}'s case is ready for the next panel. At the panel, staff from schools, health and care decide together."
            : $"{AdviceLine(advice)} {childName}'s case is ready for the next panel. At the panel, staff from schools, health and care decide together.",
        Stage.Decided => "The panel has made its choice. We will send you a letter. It will say why, and what you can do next.",
        Stage.LetterIssued => "We have sent you the letter about the panel's choice. It says why, and when you can appeal.",
        Stage.Closed => "This request is finished.",
        Stage.Withdrawn => "This request was withdrawn.",
        Stage.Reconsideration => "We are looking at the choice again.",
        _ => stage.ToString(),
    };

    private static string AdviceLine(AdviceSoFar advice) => advice switch
    {
        { AllIn: true } => advice.Asked == 1 ? "We have the advice we asked for." : $"We have all {Count(advice.Asked)} pieces of advice we asked for.",
        { Received: 0 } => advice.Asked == 1 ? "We have asked for advice and are waiting for it." : $"We have asked for {Count(advice.Asked)} pieces of advice and are waiting for them.",
        _ => $"We have {Count(advice.Received)} of the {Count(advice.Asked)} pieces of advice we asked for. We are waiting for {(advice.Awaited == 1 ? "one more" : Count(advice.Awaited) + " more")}.",
    };

    private static string Count(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>The requests for the children linked to the signed-in family member.</summary>
public static class ListFamilyCases
{
    [RequiresPolicy(Policies.Family)]
    public sealed record Query : IQuery<IReadOnlyList<Summary>>;

    public sealed record Summary(Guid Id, string Reference, string ChildName, Stage Stage, string WhereItIs, DateOnly ReceivedDate) : ICaseScoped
    {
        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public sealed class Handler(PanelDbContext db, CaseAccess caseAccess) : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await caseAccess.AccountAsync(cancellationToken);
            var rows = await (
                    from p in caseAccess.Visible(db.PlacementRequests.AsNoTracking(), account)
                    join c in db.Children on p.ChildId equals c.Id
                    orderby p.ReceivedDate descending
                    select new { p.Id, p.Reference, c.GivenName, p.Stage, p.ReceivedDate })
                .ToListAsync(cancellationToken);
            var advice = await AdviceSoFar.ForAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
            return rows.Select(r => new Summary(r.Id.Value, r.Reference.Value, r.GivenName, r.Stage,
                FamilyStageText.Explain(r.Stage, r.GivenName, advice.GetValueOrDefault(r.Id)), r.ReceivedDate)).ToList();
        }
    }
}

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
