using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Reviews;

/// <summary>
/// Who reaches an annual review (docs/adr/0260): officers and managers the reviews of the plans their team holds
/// (<see cref="PlanScope"/>, as cases are); a setting's contact the reviews whose paperwork was asked of their setting
/// (as partner requests are, docs/adr/0205); nobody else. Anything else is "not found", in the same words as an id that
/// does not exist.
/// </summary>
public sealed class ReviewAccess(PanelDbContext db, PlanScope plans, CaseAccess access)
{
    /// <summary>A plan of the caller's team, tracked for change.</summary>
    public async Task<EhcPlan> PlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        var visible = await plans.VisibleAsync(team: null, cancellationToken);
        if (!await visible.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            throw new NotFoundException("Plan", planId);
        }

        return await db.Plans.SingleAsync(p => p.Id == planId, cancellationToken);
    }

    /// <summary>A review of a plan of the caller's team, and its plan, tracked for change.</summary>
    public async Task<(AnnualReview Review, EhcPlan Plan)> ForStaffAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var visible = await plans.VisibleAsync(team: null, cancellationToken);
        var planId = await db.AnnualReviews.AsNoTracking().Where(r => r.Id == reviewId).Select(r => (Guid?)r.PlanId).SingleOrDefaultAsync(cancellationToken);
        if (planId is null || !await visible.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            throw new NotFoundException("Review", reviewId);
        }

        var review = await db.AnnualReviews.SingleAsync(r => r.Id == reviewId, cancellationToken);
        return (review, await db.Plans.SingleAsync(p => p.Id == planId, cancellationToken));
    }

    /// <summary>The reviews asked of the caller's setting: none for anyone but a setting's contact.</summary>
    public async Task<IQueryable<AnnualReview>> AskedOfMySettingAsync(CancellationToken cancellationToken)
    {
        var account = await access.AccountAsync(cancellationToken);
        var setting = account.SettingId;
        return account.Role == Role.SettingContact && setting is not null
            ? db.AnnualReviews.Where(r => r.SettingId == setting)
            : db.AnnualReviews.Where(_ => false);
    }

    /// <summary>A review asked of the caller's setting, tracked for change.</summary>
    public async Task<AnnualReview> ForSettingAsync(Guid reviewId, CancellationToken cancellationToken) =>
        await (await AskedOfMySettingAsync(cancellationToken)).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken)
        ?? throw new NotFoundException("Review", reviewId);
}

/// <summary>How the officers' review list is drawn ("Reviews" in configuration). The statutory periods are the clock's ("StatutoryClock").</summary>
public sealed class ReviewOptions
{
    public const string Section = "Reviews";

    /// <summary>A plan with no review in progress is listed as due once its review date is this many days away or nearer (local practice: a term's notice).</summary>
    public int ListDueWithinDays { get; set; } = 90;

    /// <summary>A review step is "due soon" on the worklist and in reminders this many days before its date.</summary>
    public int DueSoonDays { get; set; } = 7;
}

internal static class ReviewRegistration
{
    public static IServiceCollection AddAnnualReviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReviewAccess>();
        services.AddOptions<ReviewOptions>()
            .Bind(configuration.GetSection(ReviewOptions.Section))
            .Validate(o => o.ListDueWithinDays is >= 0 and <= 366 && o.DueSoonDays is >= 0 and <= 60, "Reviews: ListDueWithinDays must be 0–366 and DueSoonDays 0–60.")
            .ValidateOnStart();
        return services;
    }
}

/// <summary>The periods of a review, from the configured clock (StatutoryClock: ReviewReportWeeks, ReviewDecisionWeeks, AmendedPlanWeeks).</summary>
public static class ReviewRules
{
    public static ReviewPeriods Periods(this TimelinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return ReviewPeriods.From(rules.Clock);
    }
}
