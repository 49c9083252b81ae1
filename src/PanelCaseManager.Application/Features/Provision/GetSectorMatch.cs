using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>
/// Which sectors fit a case's child and why, the candidate settings with places and locality, and how each of the
/// family's preferences stands. The rule is <see cref="SectorMatch.Rule"/>.
/// </summary>
public static class GetSectorMatch
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<Result>, ICaseScoped;

    public sealed record Result(
        Guid PlacementRequestId,
        string Reference,
        DateOnly AssessedOn,
        string SchoolYear,
        EducationPhaseView Phase,
        string PrimaryNeed,
        string? SecondaryNeed,
        NeedLevelsView NeedLevels,
        string Rule,
        LocalityRulesView LocalityRules,
        IReadOnlyList<SectorView> Sectors,
        IReadOnlyList<CandidateView> Candidates,
        int CandidatesFound,
        IReadOnlyList<PreferenceView> Preferences,
        IReadOnlyList<string> Notes);

    public sealed record EducationPhaseView(Domain.Children.EducationPhase Phase, string LocalMeans);

    public sealed record NeedLevelsView(int CommunicationAndInteraction, int CognitionAndLearning, int SocialEmotionalAndMentalHealth, int SensoryAndPhysical);

    public sealed record LocalityRulesView(double PrimaryWalkOrWheelKilometres, int SecondaryDriveMinutes, double AssumedDrivingSpeedKph, double RoadDistanceFactor);

    public sealed record AreaView(BroadAreaOfNeed Area, string AreaName, int ChildLevel, int? Minimum, int? Maximum, AreaOutcome Outcome, string Reason);

    /// <summary>A sector's fit, with the profile version it was judged against (to record with any decision).</summary>
    /// <param name="ServesPrimaryNeed">Whether the profile serves the child's primary need (a sector that does not cannot fit); null when no primary need is recorded.</param>
    public sealed record SectorView(
        Guid SectorId, string Code, string Name, ProvisionKind Kind, int ProfileVersion, SectorFit Fit, string Summary, IReadOnlyList<AreaView> Areas, bool? ServesPrimaryNeed);

    public sealed record CandidateView(
        Guid SettingId,
        string Urn,
        string Name,
        ProvisionKind Kind,
        string Sector,
        string SectorName,
        SectorFit SectorFit,
        int ProfileVersion,
        int LowestAge,
        int HighestAge,
        bool InAuthorityArea,
        bool S41Approved,
        int CommissionedPlaces,
        int PlacesFilled,
        int Vacancies,
        LocalityView Locality,
        IReadOnlyList<string> Flags);

    public sealed record LocalityView(Locality Locality, double? StraightLineKilometres, double? EstimatedRouteKilometres, int? EstimatedDriveMinutes, string Explanation);

    public sealed record PreferenceView(
        int Rank,
        PreferenceKind Kind,
        string? SettingName,
        string? SettingUrn,
        ProvisionKind? ProvisionKind,
        bool Matched,
        bool InCatalogue,
        Guid? SettingId,
        string? Sector,
        SectorFit? SectorFit,
        int? ProfileVersion,
        int? Vacancies,
        LocalityView? Locality,
        IReadOnlyList<SectorView> SectorsOfKind,
        string Explanation);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
    }

    public sealed class Handler(PanelDbContext db, CaseSectorMatcher matcher, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var request = await db.PlacementRequests.AsNoTracking().SingleOrDefaultAsync(p => p.Id == new PlacementRequestId(query.PlacementRequestId), cancellationToken)
                          ?? throw new NotFoundException("Placement request", query.PlacementRequestId);
            var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == request.ChildId, cancellationToken);
            var today = UkCalendar.Today(clock);
            var caseMatch = await matcher.MatchAsync(request, child, today, cancellationToken);
            var match = caseMatch.Result;
            var rules = caseMatch.Rules;
            var levels = request.NeedLevels;
            var phase = caseMatch.Child.Year.Phase;
            return new Result(
                request.Id.Value,
                request.Reference.Value,
                today,
                caseMatch.Child.Year.Name,
                new EducationPhaseView(
                    phase,
                    phase is Domain.Children.EducationPhase.EarlyYears or Domain.Children.EducationPhase.Primary
                        ? string.Create(English, $"Within {rules.PrimaryWalkOrWheelKilometres:0.0} km by road: a walk or wheel.")
                        : string.Create(English, $"Within about {rules.SecondaryDriveMinutes} minutes' drive.")),
                request.PrimaryNeed,
                request.Needs.SingleOrDefault(n => n.Rank == RankedNeed.Secondary)?.Code,
                new NeedLevelsView(levels.CommunicationAndInteraction, levels.CognitionAndLearning, levels.SocialEmotionalAndMentalHealth, levels.SensoryAndPhysical),
                SectorMatch.Rule,
                new LocalityRulesView(rules.PrimaryWalkOrWheelKilometres, rules.SecondaryDriveMinutes, rules.AssumedDrivingSpeedKph, rules.RoadDistanceFactor),
                match.Sectors.Select(ToView).ToList(),
                match.Candidates.Select(c => new CandidateView(
                    c.Setting.Id.Value,
                    c.Setting.Urn.Value,
                    c.Setting.Name,
                    c.Setting.Kind,
                    c.Sector.Code,
                    c.Sector.Name,
                    c.Sector.Fit,
                    c.Sector.ProfileVersion,
                    c.Setting.LowestAge,
                    c.Setting.HighestAge,
                    c.Setting.InAuthorityArea,
                    c.Setting.S41Approved,
                    c.Setting.CommissionedPlaces,
                    c.Setting.PlacesFilled,
                    c.Setting.Vacancies,
                    ToView(c.Locality),
                    c.Flags)).ToList(),
                match.CandidatesFound,
                match.Preferences.Select(p => new PreferenceView(
                    p.Preference.Rank,
                    p.Preference.Kind,
                    p.Preference.SettingName,
                    p.Preference.SettingUrn,
                    p.Preference.ProvisionKind,
                    p.Matched,
                    p.Setting is not null,
                    p.Setting?.Id.Value,
                    p.Setting is null ? null : caseMatch.Sectors[p.Setting.SectorId].Code,
                    p.Sector?.Fit,
                    p.Sector?.ProfileVersion,
                    p.Setting?.Vacancies,
                    p.Locality is null ? null : ToView(p.Locality),
                    p.SectorsOfKind.Select(ToView).ToList(),
                    p.Explanation)).ToList(),
                match.Notes);
        }

        private static SectorView ToView(SectorVerdict v) => new(
            v.SectorId.Value,
            v.Code,
            v.Name,
            v.Kind,
            v.ProfileVersion,
            v.Fit,
            v.Summary,
            v.Areas.Select(a => new AreaView(a.Area, a.Area.Describe(), a.ChildLevel, a.StatedRange?.Minimum, a.StatedRange?.Maximum, a.Outcome, a.Reason)).ToList(),
            v.ServesPrimaryNeed);

        private static LocalityView ToView(LocalityAssessment l) => new(
            l.Locality,
            l.StraightLineKilometres is { } km ? Math.Round(km, 2) : null,
            l.EstimatedRouteKilometres is { } route ? Math.Round(route, 2) : null,
            l.EstimatedDriveMinutes,
            l.Explanation);
    }
}
