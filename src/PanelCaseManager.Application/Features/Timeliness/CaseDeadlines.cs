using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// A case's next open statutory deadline, as its header, overview and the caseload show it: the open milestone due
/// soonest on the case's clock, classified as the worklist classifies it (<see cref="WorklistThresholds"/>).
/// </summary>
/// <param name="OpenDeadlines">How many deadlines are open on the case.</param>
/// <param name="OverdueDeadlines">How many of them are past their date.</param>
public sealed record NextDeadline(
    MilestoneKind Kind,
    string Description,
    Agency? Agency,
    DateOnly DueDate,
    int DaysUntilDue,
    WorklistGroup Group,
    bool ExceptionApplies,
    bool Provisional,
    int OpenDeadlines,
    int OverdueDeadlines)
{
    /// <summary>on-track, due-soon, overdue or critically-overdue.</summary>
    public string Status => Group switch
    {
        WorklistGroup.CriticallyOverdue => CaseDeadlines.CriticallyOverdue,
        WorklistGroup.Overdue => CaseDeadlines.Overdue,
        WorklistGroup.DueSoon => CaseDeadlines.DueSoon,
        _ => CaseDeadlines.OnTrack,
    };

    /// <summary>The status in words: "On track", "Due soon", "Overdue by 3 days".</summary>
    public string StatusText => DaysUntilDue switch
    {
        < -1 => $"Overdue by {-DaysUntilDue} days",
        -1 => "Overdue by 1 day",
        _ when Group == WorklistGroup.DueSoon => "Due soon",
        _ => "On track",
    };

    /// <summary>When it falls, in words: "due today", "due in 4 days", "was due 3 days ago".</summary>
    public string WhenText => DaysUntilDue switch
    {
        < -1 => $"was due {-DaysUntilDue} days ago",
        -1 => "was due yesterday",
        0 => "due today",
        1 => "due tomorrow",
        _ => $"due in {DaysUntilDue} days",
    };
}

/// <summary>A signed-off decision whose letter has not been issued: the officer's next job on a decided case.</summary>
public sealed record LetterToIssue(Guid DecisionId, DateOnly SignedOffOn, int DaysSinceSignOff);

/// <summary>The next deadline of cases, the filters the lists take by it, and decisions waiting for their letter.</summary>
public static class CaseDeadlines
{
    public const string OnTrack = "on-track";
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";
    public const string CriticallyOverdue = "critically-overdue";

    /// <summary>The filters a list of cases takes by their deadlines: any open deadline past its date, or the next within the due-soon days.</summary>
    public static readonly IReadOnlyList<string> Filters = [Overdue, DueSoon];

    /// <summary>The next open deadline of each case in <paramref name="caseIds"/> that has one.</summary>
    public static async Task<IReadOnlyDictionary<PlacementRequestId, NextDeadline>> NextAsync(
        PanelDbContext db, IReadOnlyCollection<PlacementRequestId> caseIds, WorklistThresholds thresholds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (caseIds.Count == 0)
        {
            return new Dictionary<PlacementRequestId, NextDeadline>();
        }

        var open = await db.CaseMilestones.AsNoTracking()
            .Where(m => m.IsOpen && m.DueDate != null && caseIds.Contains(m.PlacementRequestId))
            .Select(m => new { m.PlacementRequestId, m.Kind, m.Agency, DueDate = m.DueDate!.Value, m.ExceptionApplies, m.Provisional })
            .ToListAsync(cancellationToken);

        return open.GroupBy(m => m.PlacementRequestId).ToDictionary(g => g.Key, g =>
        {
            var next = g.OrderBy(m => m.DueDate).ThenBy(m => m.Kind).First();
            return new NextDeadline(
                next.Kind,
                next.Kind.Describe(),
                next.Agency,
                next.DueDate,
                next.DueDate.DayNumber - today.DayNumber,
                thresholds.Classify(next.DueDate, today),
                next.ExceptionApplies,
                next.Provisional,
                g.Count(),
                g.Count(m => m.DueDate < today));
        });
    }

    /// <summary>The last day a deadline can fall and still be due soon: the worklist's due-soon days from today.</summary>
    public static DateOnly DueSoonUntil(WorklistThresholds thresholds, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return today.AddDays(thresholds.DueSoonDays);
    }

    /// <summary>Signed-off decisions on decided cases with no letter issued for them.</summary>
    public static IQueryable<PanelDecision> WithoutLetter(PanelDbContext db, IQueryable<PlacementRequest> cases)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from d in db.PanelDecisions.AsNoTracking()
               join p in cases on d.PlacementRequestId equals p.Id
               where p.Stage == Stage.Decided
                     && d.Status == DecisionStatus.SignedOff
                     && !db.IssuedLetters.Any(l => l.DecisionId == d.Id)
               select d;
    }

    /// <summary>The case's signed-off decision still waiting for its letter, the latest if more than one.</summary>
    public static async Task<LetterToIssue?> LetterToIssueAsync(PanelDbContext db, PlacementRequestId caseId, DateOnly today, CancellationToken cancellationToken)
    {
        var waiting = await WithoutLetter(db, db.PlacementRequests.Where(p => p.Id == caseId))
            .Select(d => new { d.Id, d.SignedOffAt })
            .ToListAsync(cancellationToken);
        var latest = waiting.Where(d => d.SignedOffAt is not null).OrderByDescending(d => d.SignedOffAt).FirstOrDefault();
        if (latest is null)
        {
            return null;
        }

        var signedOffOn = UkCalendar.DateOf(latest.SignedOffAt!.Value);
        return new LetterToIssue(latest.Id, signedOffOn, today.DayNumber - signedOffOn.DayNumber);
    }
}
