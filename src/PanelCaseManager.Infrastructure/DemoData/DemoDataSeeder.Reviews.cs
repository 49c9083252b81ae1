using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Features.Reviews;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// Annual reviews in every state, on five Brookside Special School plans the North officer holds, written through the
/// commands officers and the school's SENCO use, each on the day it would have happened (docs/adr/0260): a review due
/// next month; a meeting held five days ago awaiting the paperwork; a meeting whose paperwork is late; paperwork back
/// and the decision due; amendments proposed and the final amended plan in progress.
/// </summary>
public sealed partial class DemoDataSeeder
{
    private const string ReviewPlansHeader = "upn,given_name,family_name,date_of_birth,year_group,setting_urn,plan_date,last_review_date,officer_email";

    private async Task SeedReviewsAsync(CancellationToken cancellationToken)
    {
        if (clock is not DemoClock demoClock)
        {
            LogReviewsSkipped(logger, "the clock cannot be set back to write its history");
            return;
        }

        var sendcoAnswers = await db.Users.AsNoTracking().AnyAsync(u => u.Id == new UserId(Personas.SettingSendco.Id) && u.SettingId != null, cancellationToken);
        if (!sendcoAnswers)
        {
            LogReviewsSkipped(logger, "the demo school is not in the catalogue");
            return;
        }

        var today = UkCalendar.Today(clock);
        string Row(string given, string family, DateOnly born, DateOnly planDate, DateOnly? lastReview) => string.Join(',',
            string.Empty, given, family, Iso(born), SchoolYear.For(born, today).Name, Personas.SettingSendcoUrn, Iso(planDate), lastReview is { } r ? Iso(r) : string.Empty,
            Personas.SendOfficer.Email);
        var born = new[] { new DateOnly(2019, 1, 15), new DateOnly(2018, 3, 10), new DateOnly(2017, 2, 20), new DateOnly(2014, 11, 5), new DateOnly(2014, 4, 22) };
        var yearAgo = today.AddMonths(-13);
        var csv = string.Join("\r\n",
            ReviewPlansHeader,
            Row("Elowen", "Tregarthen", born[0], today.AddDays(-330), null),
            Row("Bram", "Okonkwo-Hale", born[1], today.AddYears(-3), yearAgo),
            Row("Saoirse", "Lindqvist", born[2], today.AddYears(-4), yearAgo),
            Row("Tobias", "Achterberg", born[3], today.AddYears(-5), yearAgo),
            Row("Yusra", "Penhaligon", born[4], today.AddYears(-6), yearAgo)) + "\r\n";
        await SendAsAsync(Personas.Administrator, new ImportPlans.Command(Encoding.UTF8.GetBytes(csv)), cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Join(db.Children, p => p.ChildId, c => c.Id, (p, c) => new { p.Id, c.FamilyName })
            .Where(x => x.FamilyName == "Okonkwo-Hale" || x.FamilyName == "Lindqvist" || x.FamilyName == "Achterberg" || x.FamilyName == "Penhaligon")
            .ToDictionaryAsync(x => x.FamilyName, x => x.Id, cancellationToken);

        // Held five days ago, the paperwork due in nine days.
        await HoldAsync(demoClock, plans["Okonkwo-Hale"], today.AddDays(-5), cancellationToken);

        // Held twenty days ago: the paperwork was due six days ago and has not come.
        await HoldAsync(demoClock, plans["Lindqvist"], today.AddDays(-20), cancellationToken);

        // Held eighteen days ago, the paperwork back ten days ago recommending a change of placement: the decision is due in ten days.
        var decisionDue = await HoldAsync(demoClock, plans["Achterberg"], today.AddDays(-18), cancellationToken);
        var returned = await ReturnPaperworkAsync(demoClock, decisionDue, today.AddDays(-18), today.AddDays(-10), ReviewRecommendation.ChangeOfPlacement,
            "Tobias needs a speech and language base that Brookside cannot offer from Year 8.", cancellationToken);

        // Held forty days ago, the paperwork back a week later, amendments proposed twenty days ago: the amended plan is due in 36 days.
        var amending = await HoldAsync(demoClock, plans["Penhaligon"], today.AddDays(-40), cancellationToken);
        var back = await ReturnPaperworkAsync(demoClock, amending, today.AddDays(-40), today.AddDays(-33), ReviewRecommendation.Amend,
            "New outcomes for communication; add occupational therapy to section F.", cancellationToken);
        using (demoClock.Pretend(LondonTime.InstantOf(today.AddDays(-20), new TimeOnly(11, 0))))
        {
            await SendAsAsync(Personas.SendOfficer,
                new DecideReview.Command(amending.ReviewId, back.Version, ReviewOutcome.Amend, today.AddDays(-20), "The review's recommendations are agreed: amendments to sections E and F proposed."),
                cancellationToken);
        }

        LogReviewsSeeded(logger, 5);
        _ = returned;
    }

    private async Task<RecordReviewMeeting.Result> HoldAsync(DemoClock demoClock, Guid planId, DateOnly meeting, CancellationToken cancellationToken)
    {
        using (demoClock.Pretend(LondonTime.InstantOf(meeting, new TimeOnly(16, 30))))
        {
            return await SendAsAsync(Personas.SendOfficer, new RecordReviewMeeting.Command(planId, meeting), cancellationToken);
        }
    }

    private async Task<ReturnReviewPaperwork.Result> ReturnPaperworkAsync(
        DemoClock demoClock, RecordReviewMeeting.Result held, DateOnly meeting, DateOnly sentOn, ReviewRecommendation recommendation, string reasons, CancellationToken cancellationToken)
    {
        using (demoClock.Pretend(LondonTime.InstantOf(sentOn, new TimeOnly(15, 0))))
        {
            return await SendAsAsync(Personas.SettingSendco,
                new ReturnReviewPaperwork.Command(held.ReviewId, held.Version, meeting, "Parent, SENCO, class teacher, speech and language therapist",
                    "I like my teacher and the sensory room.", "We are pleased with progress but worried about next year.", recommendation, reasons),
                cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded annual reviews in progress on {Plans} demonstration plans")]
    private static partial void LogReviewsSeeded(ILogger logger, int plans);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped the demonstration annual reviews: {Reason}")]
    private static partial void LogReviewsSkipped(ILogger logger, string reason);
}
