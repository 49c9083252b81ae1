using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>What is waiting for a partner, and what they have done: only the requests addressed to them (or their setting).</summary>
public static class ListMyPartnerRequests
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    /// <summary>One request, as its partner's list shows it: no child's name, only the case's reference.</summary>
    public sealed record Item(Guid Id, PartnerRequestKind Kind, string Reference, string What, DateOnly DueOn, bool Overdue, PartnerRequestStatus Status, bool CanRespond, DateTimeOffset SharedAt)
        : ICaseScoped
    {
        /// <summary>The case, for the audit trail's record of what the read returned; never shown to the partner.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public Guid PlacementRequestId { get; init; }
    }

    public sealed class Handler(PanelDbContext db, CaseAccess access, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await access.AccountAsync(cancellationToken);
            var today = UkCalendar.Today(clock);
            var requests = await CaseAccess.AddressedTo(db.PartnerRequests.AsNoTracking(), account)
                .Select(r => new
                {
                    Request = r,
                    Reference = db.PlacementRequests.Where(p => p.Id == r.PlacementRequestId).Select(p => p.Reference).Single(),
                    Advice = db.AdviceRequests.Where(a => a.Id == r.AdviceRequestId).Select(a => new { a.Agency, a.AgencyName }).SingleOrDefault(),
                    Consultation = db.Consultations.Where(c => c.Id == r.ConsultationId).Select(c => new { c.SettingName, c.Outcome, c.Response }).SingleOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return requests.Select(r =>
            {
                var open = r.Request.IsWaiting && (r.Consultation is null || (r.Consultation.Outcome is null && r.Consultation.Response is null));
                var what = r.Advice is { } advice
                    ? $"Advice: {(advice.AgencyName ?? Domain.Users.AgencyDescriptions.Describe(advice.Agency))}"
                    : $"Consultation: {r.Consultation?.SettingName}";
                return new Item(r.Request.Id, r.Request.Kind, r.Reference.Value, what, r.Request.DueOn, open && today > r.Request.DueOn, r.Request.Status, open, r.Request.SharedAt)
                {
                    PlacementRequestId = r.Request.PlacementRequestId.Value,
                };
            })
            // Waiting first, soonest due first: ordered here, as the status is stored as its name.
            .OrderBy(i => i.Status).ThenBy(i => i.DueOn).ThenBy(i => i.SharedAt)
            .ToList();
        }
    }
}
