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

public static class PartnerSharing
{
    public static SharedSection Combine(IReadOnlyList<SharedSection>? sections) =>
        (sections ?? []).Aggregate(SharedSection.None, (all, s) => all | s);

    public static IReadOnlyList<SharedSection> Split(SharedSection sections) =>
        Enum.GetValues<SharedSection>().Where(s => s != SharedSection.None && sections.HasFlag(s)).ToList();

    public static string Describe(this SharedSection section) => section switch
    {
        SharedSection.ChildDetails => "The child's name and date of birth",
        SharedSection.Needs => "The child's needs",
        SharedSection.Preferences => "The family's preferences",
        SharedSection.Views => "The family's views and the child's voice",
        _ => section.ToString(),
    };

    public static async Task<bool> AllOnCaseAsync(PanelDbContext db, Guid caseId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct().ToList();
        var found = await db.EvidenceItems.CountAsync(e => distinct.Contains(e.Id) && e.PlacementRequestId == new PlacementRequestId(caseId), cancellationToken);
        return found == distinct.Count;
    }

    /// <summary>"Something is waiting for you": the case's reference and the link, never the child.</summary>
    public static Notification Waiting(UserId recipient, PartnerRequest request, CaseReference reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reference);
        var what = request.Kind == PartnerRequestKind.Advice ? "A request for your advice" : "A consultation about a placement";
        return Notification.Create(
            recipient,
            PartnerNotifications.Waiting,
            $"{what} is waiting for you ({reference})",
            $"{what} ({reference}) is waiting for you in the SEND placement panel service. Please respond by {DateText.Plain(request.DueOn)}.",
            PartnerNotifications.RequestLink(request.Id),
            null,
            now);
    }
}
