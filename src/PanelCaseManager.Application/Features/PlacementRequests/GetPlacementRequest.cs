using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>One placement request with its child, needs, preferences and path so far.</summary>
public static class GetPlacementRequest
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid Id) : IQuery<Details>, ICaseScoped
    {
        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public sealed record Details(
        Guid Id,
        string Reference,
        int Version,
        RequestType Type,
        Stage Stage,
        string StageDescription,
        DateOnly ReceivedDate,
        DateTimeOffset SubmittedAt,
        ChildSummary Child,
        string PrimaryNeed,
        string? SecondaryNeed,
        NeedLevels NeedLevels,
        IReadOnlyList<PreferenceView> Preferences,
        Officer AssignedOfficer,
        IReadOnlyList<StageTransition> AllowedTransitions,
        IReadOnlyList<StageChangeView> StageHistory)
    {
        /// <summary>The open statutory deadline due soonest, or null when none is open (issue 19: deadlines wherever the case is).</summary>
        public NextDeadline? NextDeadline { get; init; }

        /// <summary>A signed-off decision whose letter is not issued yet, or null.</summary>
        public LetterToIssue? LetterToIssue { get; init; }
    }

    public sealed record ChildSummary(
        Guid Id,
        string GivenName,
        string FamilyName,
        DateOnly DateOfBirth,
        int Age,
        string YearGroup,
        EducationPhase Phase,
        string? Upn,
        string? Postcode,
        double? Latitude,
        double? Longitude,
        string? CurrentSetting)
    {
        /// <summary>
        /// The first day they are a young person in law, over compulsory school age (CFA 2014 s.83(2); Education Act 1996
        /// s.8): from then the preferences and the letters are theirs.
        /// </summary>
        public DateOnly YoungPersonFrom { get; init; }

        /// <summary>Whether they are a young person today.</summary>
        public bool IsYoungPerson { get; init; }
    }

    public sealed record NeedLevels(int CommunicationAndInteraction, int CognitionAndLearning, int SocialEmotionalAndMentalHealth, int SensoryAndPhysical);

    public sealed record PreferenceView(int Rank, PreferenceKind Kind, string? SettingName, string? SettingUrn, ProvisionKind? ProvisionKind, string Reasons);

    public sealed record Officer(string Id, string Name);

    public sealed record StageChangeView(Stage From, Stage To, StageTransition Transition, DateTimeOffset At, string By, string? Reason, ReconsiderationTrigger? Trigger, DateOnly? TriggerDate);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Id).NotEmpty().WithMessage("Give the id of a placement request.");
    }

    public sealed class Handler(PanelDbContext db, TimelinessRules rules, TimeProvider clock) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var id = new PlacementRequestId(query.Id);
            var row = await (
                    from request in db.PlacementRequests.AsNoTracking()
                    join child in db.Children on request.ChildId equals child.Id
                    join officer in db.Users on request.AssignedOfficerId equals officer.Id
                    where request.Id == id
                    select new { Request = request, Child = child, OfficerName = officer.DisplayName })
                // One round trip: a case has a few preferences, two needs and its stage changes, so the joined rows
                // stay few, where a split query paid EF Core's fixed cost four times (issue 18).
                .AsSingleQuery()
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Placement request", query.Id);

            var p = row.Request;
            var c = row.Child;
            var today = UkCalendar.Today(clock);
            var year = c.YearGroupOn(today);
            var actorIds = p.StageChanges.Select(s => s.By).Distinct().ToList();
            var actors = actorIds.Count == 0
                ? new Dictionary<UserId, string>()
                : await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id))
                    .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

            return new Details(
                p.Id.Value,
                p.Reference.Value,
                p.Version,
                p.Type,
                p.Stage,
                p.Stage.Describe(),
                p.ReceivedDate,
                p.SubmittedAt,
                new ChildSummary(c.Id.Value, c.GivenName, c.FamilyName, c.DateOfBirth, c.AgeOn(today), year.Name, year.Phase, c.Upn?.Value,
                    c.Home?.Postcode.Value, c.Home?.Coordinates?.Latitude, c.Home?.Coordinates?.Longitude, c.CurrentSetting)
                {
                    YoungPersonFrom = rules.Clock.SchoolLeaving.YoungPersonFrom(c.DateOfBirth),
                    IsYoungPerson = rules.Clock.SchoolLeaving.IsOverCompulsorySchoolAge(c.DateOfBirth, today),
                },
                p.PrimaryNeed,
                p.Needs.SingleOrDefault(n => n.Rank == Domain.Needs.RankedNeed.Secondary)?.Code,
                new NeedLevels(p.NeedLevels.CommunicationAndInteraction, p.NeedLevels.CognitionAndLearning, p.NeedLevels.SocialEmotionalAndMentalHealth, p.NeedLevels.SensoryAndPhysical),
                p.Preferences.Select(x => new PreferenceView(x.Rank, x.Kind, x.SettingName, x.SettingUrn, x.ProvisionKind, x.Reasons)).ToList(),
                new Officer(p.AssignedOfficerId.Value, row.OfficerName),
                p.AllowedTransitions,
                p.StageChanges.OrderBy(s => s.Sequence)
                    .Select(s => new StageChangeView(s.From, s.To, s.Transition, s.At, actors.GetValueOrDefault(s.By, s.By.Value), s.Reason, s.Trigger, s.TriggerDate))
                    .ToList())
            {
                NextDeadline = (await CaseDeadlines.NextAsync(db, [id], rules.Worklist, today, cancellationToken)).GetValueOrDefault(id),
                LetterToIssue = p.Stage == Stage.Decided ? await CaseDeadlines.LetterToIssueAsync(db, id, today, cancellationToken) : null,
            };
        }
    }
}
