using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// The phase transfers that concern a setting, for its SENCO (a setting's contact; docs/adr/0205, 0267): the children of
/// the register at the setting who move next September (leaving), and the children whose phase transfer request
/// consulted the setting (coming). Nothing else: no other setting's children, no officer's notes; a professional and a
/// contact without a setting see none.
/// </summary>
public static class ListSettingTransfers
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query : IQuery<Transfers>;

    /// <param name="PlacementRequestId">For the audit trail only (the read names the cases it returned); a partner reaches no case, so it is not sent.</param>
    public sealed record Transfer(string ChildName, string YearGroup, TransferPhase Phase, DateOnly Deadline, TransferStanding Standing, [property: JsonIgnore] Guid? PlacementRequestId);

    public sealed record Transfers(int September, string? Setting, IReadOnlyList<Transfer> Leaving, IReadOnlyList<Transfer> Coming) : IReturnsCases
    {
        IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds =>
            Leaving.Concat(Coming).Where(c => c.PlacementRequestId is not null).Select(c => c.PlacementRequestId!.Value).Distinct().ToList();
    }

    public sealed class Handler(PanelDbContext db, CaseAccess access, PhaseTransferCohortReader reader, TimeProvider clock) : IQueryHandler<Query, Transfers>
    {
        public async ValueTask<Transfers> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await access.AccountAsync(cancellationToken);
            var september = ListFamilyTransfers.NextSeptember(UkCalendar.Today(clock));
            if (account.Role != Role.SettingContact || account.SettingId is not { } settingId)
            {
                return new Transfers(september, null, [], []);
            }

            var setting = await db.Settings.AsNoTracking().Where(s => s.Id == settingId).Select(s => new { s.Name, s.Urn }).SingleAsync(cancellationToken);
            var leaving = await reader.ReadAsync(db.Plans.AsNoTracking().Where(p => p.SettingId == settingId), september, null, null, null, cancellationToken);

            // Coming: the child's phase transfer request for this move (received in the school year before it) consulted the setting.
            var starts = new DateOnly(september - 1, 9, 1);
            var ends = new DateOnly(september, 8, 31);
            var urn = setting.Urn.Value;
            var consultedChildren =
                from r in db.PlacementRequests
                where r.Type == RequestType.PhaseTransfer && r.ReceivedDate >= starts && r.ReceivedDate <= ends && r.Stage != Stage.Withdrawn
                      && db.Consultations.Any(c => c.PlacementRequestId == r.Id && c.SettingUrn == urn)
                select r.ChildId;
            var coming = await reader.ReadAsync(
                db.Plans.AsNoTracking().Where(p => consultedChildren.Contains(p.ChildId) && p.SettingId != settingId), september, null, null, null, cancellationToken);

            static List<Transfer> Shown(PhaseTransferCohortReader.Read read) => read.Children
                .OrderBy(c => c.Deadline).ThenBy(c => c.ChildName, StringComparer.Ordinal)
                .Select(c => new Transfer(c.ChildName, c.YearGroup, c.Phase, c.Deadline, c.Standing, c.PlacementRequestId)).ToList();
            return new Transfers(september, setting.Name, Shown(leaving), Shown(coming));
        }
    }
}
