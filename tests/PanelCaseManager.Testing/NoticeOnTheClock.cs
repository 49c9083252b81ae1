using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Testing;

/// <summary>
/// Arranges a case whose appealable notice was sent on a given day, as the notices feature records it on the clock
/// (<c>NoticeLetters</c>): for tests of what the clock and the pages make of the appeal window, not of the notice
/// itself (an officer cannot record this event by hand; <c>IssueAppealableNoticeTests</c> send real notices).
/// </summary>
public static class NoticeOnTheClock
{
    public static async Task RecordAsync(IServiceProvider services, Guid caseId, DateOnly sentOn)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelDbContext>();
        var settings = await scope.ServiceProvider.GetRequiredService<ClockSettingsFactory>().CreateAsync(CancellationToken.None);
        var id = new PlacementRequestId(caseId);
        var clock = await db.CaseClocks.WithMilestones().SingleAsync(c => c.PlacementRequestId == id);
        clock.Record(ClockEventKind.AppealableNoticeSent, sentOn, null, ClockEventsFromFeatures.FromNotices,
            new UserId(ClockEventsFromFeatures.FromNotices), LondonTime.InstantOf(sentOn, TimeOnly.MinValue), settings);
        await db.SaveChangesAsync();
    }
}
