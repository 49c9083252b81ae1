using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>What an officer sees of the partners asked about a case: whom, what was shared, where each stands, their questions.</summary>
public static class ListCasePartnerRequests
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<IReadOnlyList<Item>>, ICaseScoped;

    public sealed record Item(
        Guid Id,
        PartnerRequestKind Kind,
        Guid? AdviceRequestId,
        Guid? ConsultationId,
        string AddressedTo,
        DateOnly DueOn,
        PartnerRequestStatus Status,
        IReadOnlyList<SharedSection> Sections,
        IReadOnlyList<Guid> DocumentIds,
        string? DeclineReason,
        IReadOnlyList<PartnerQuestion> Questions,
        DateTimeOffset SharedAt,
        DateTimeOffset? AnsweredAt,
        int Version);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var requests = await db.PartnerRequests.AsNoTracking().Where(r => r.PlacementRequestId == caseId).OrderBy(r => r.SharedAt).ToListAsync(cancellationToken);
            var partnerIds = requests.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).ToList();
            var settingIds = requests.Where(r => r.SettingId is not null).Select(r => r.SettingId!.Value).ToList();
            var people = await db.Users.AsNoTracking().Where(u => partnerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            return requests.Select(r => new Item(
                    r.Id, r.Kind, r.AdviceRequestId, r.ConsultationId,
                    r.PartnerId is { } p ? people.GetValueOrDefault(p, p.Value) : settings.GetValueOrDefault(r.SettingId!.Value, "a setting"),
                    r.DueOn, r.Status, PartnerSharing.Split(r.Sections), r.SharedDocumentIds, r.DeclineReason, r.Questions, r.SharedAt, r.AnsweredAt, r.Version))
                .ToList();
        }
    }
}
