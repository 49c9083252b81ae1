using FluentValidation;
using Mediator;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// For the decision form: each of the family's preferences for a named setting, with the duty that governs it as the
/// setting's status in the provision catalogue decides (CFA s.38(3), s.39; EA 1996 s.9). A setting the catalogue
/// does not hold has no status yet: the panel records it once, with the decision.
/// </summary>
public static class GetPreferenceDuties
{
    [RequiresPolicy(Policies.RecordPanelViews)]
    public sealed record Query(Guid PanelId, Guid PlacementRequestId) : IQuery<IReadOnlyList<PreferenceDuty>>, ICaseScoped, IPanelScoped, IThroughPanel;

    /// <param name="Status">From the catalogue; null when the catalogue does not hold the setting.</param>
    /// <param name="Duty">The duty the catalogue's status decides; null until a status is known.</param>
    public sealed record PreferenceDuty(int Rank, string SettingName, bool InCatalogue, SettingStatus? Status, NamingDuty? Duty);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
        }
    }

    public sealed class Handler(DecisionCatalogue catalogue) : IQueryHandler<Query, IReadOnlyList<PreferenceDuty>>
    {
        public async ValueTask<IReadOnlyList<PreferenceDuty>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var preferred = await catalogue.PreferredSettingsAsync(new PlacementRequestId(query.PlacementRequestId), cancellationToken);
            return preferred
                .Select(p => new PreferenceDuty(p.Rank, p.Name, p.SettingId is not null, p.CatalogueStatus, p.CatalogueStatus?.DutyFor()))
                .ToList();
        }
    }
}
