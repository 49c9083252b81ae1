using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>What settings and officers are told about reviews: never a child's name, only a link.</summary>
public static class ReviewNotifications
{
    public const string PaperworkAsked = "review-paperwork-asked";
    public const string PaperworkReturned = "review-paperwork-returned";
    public const string StepDueSoon = "review-step-due-soon";
    public const string StepOverdue = "review-step-overdue";

    public static string PartnerLink(Guid reviewId) => $"/partner/reviews/{reviewId}";

    public static string StaffLink(Guid reviewId) => $"/reviews/{reviewId}";

    /// <summary>Every active contact of the review's setting hears that its paperwork is asked for, with its date.</summary>
    public static async Task AskSettingAsync(PanelDbContext db, AnnualReview review, DateOnly due, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (review.SettingId is not { } setting)
        {
            return;
        }

        var contacts = await db.Users.AsNoTracking().Where(u => u.Role == Role.SettingContact && u.SettingId == setting && u.IsActive)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            db.Notifications.Add(Notification.Create(contact, PaperworkAsked, "Annual review paperwork to return",
                $"An annual review meeting was recorded. Please return the review paperwork by {Domain.Common.DateText.Plain(due)}.",
                PartnerLink(review.Id), null, at));
        }
    }
}
