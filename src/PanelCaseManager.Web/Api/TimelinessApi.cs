using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Appeals;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Api;

internal static class TimelinessApi
{
    public static void MapTimeliness(this RouteGroupBuilder v1)
    {
        var cases = v1.MapGroup("/placement-requests/{id:guid}").WithTags("Statutory deadlines");

        cases.MapGet("/milestones", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMilestones.Query(id), ct)))
            .WithName("GetMilestones")
            .WithSummary("Every statutory deadline of a case, with its statutory date and whether an exception applies")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/clock-events", async (Guid id, [FromBody] RecordClockEventRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordClockEvent.Command(id, body.Event, body.Date, body.Agency), ct)))
            .WithName("RecordClockEvent")
            .WithSummary("Record that something on the statutory path happened (decision to assess notified, draft plan served, final plan issued…)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/exceptions", async (Guid id, [FromBody] RecordStatutoryExceptionRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(
                    new RecordStatutoryException.Command(id, body.Reason, body.StartDate, body.EndDate, body.Note, body.ClosedOn, body.ReopenedOn, body.FamilyToldOn)
                    {
                        IdempotencyKey = idempotencyKey,
                    },
                    ct);
                return TypedResults.Created($"/api/v1/placement-requests/{id}/milestones", result);
            })
            .WithName("RecordStatutoryException")
            .WithSummary("Record an exception to the statutory limits (reg 5(4), 8(2), 10(4), 13(3)) with its reason and period (startDate–endDate; "
                         + "for a closure, closedOn and reopenedOn) and, once told, the day the family was told (familyToldOn)")
            .Produces<RecordStatutoryException.Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/exceptions/{sequence:int}/family-told", async (Guid id, int sequence, [FromBody] RecordExceptionToldToFamilyRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordExceptionToldToFamily.Command(id, sequence, body.ToldOn), ct)))
            .WithName("RecordExceptionToldToFamily")
            .WithSummary("Record the day the family was told that an exception applies (SEND Code of Practice 9.42)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/late-deadlines", async (Guid id, [FromBody] ExplainLateDeadlineRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExplainLateDeadline.Command(id, body.Milestone, body.Agency, body.Reason, body.ExpectedBy), ct)))
            .WithName("ExplainLateDeadline")
            .WithSummary("Tell the family why an open deadline is late (reason, in words for the family) and the day it is now expected (expectedBy, after the "
                         + "statutory date); the statutory date does not move (SEND Code of Practice 9.42)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        v1.MapGet("/exception-reasons", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListExceptionReasons.Query(), ct)))
            .WithName("ListExceptionReasons")
            .WithTags("Statutory deadlines")
            .WithSummary("The reasons an exception can be recorded for, and the limits each lifts");

        v1.MapGet("/worklist", async (string? officer, string? team, string? status, string? kind, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWorklist.Query(officer, team) { Status = status, Kind = kind }, ct)))
            .WithName("GetWorklist")
            .WithTags("Statutory deadlines")
            .WithSummary("Open deadlines grouped critically overdue, overdue, due soon and not due yet, and a row per child: yours, another officer's (officer=id) or your team's (team=name), filtered by status and kind")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        v1.MapGet("/timeliness", async (string? from, string? to, string? team, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetTimeliness.Query(DateParameter(from, "from"), DateParameter(to, "to"), team), ct)))
            .WithName("GetTimeliness")
            .WithTags("Timeliness")
            .WithSummary("Share of deadlines met within the statutory limit in a period, including and excluding exceptions; children waiting for specialist provision")
            .ProducesValidationProblem();

        v1.MapGet("/timeliness.csv", async (string? from, string? to, string? team, ISender sender, CancellationToken ct) =>
            {
                var report = await sender.Send(new GetTimeliness.Query(DateParameter(from, "from"), DateParameter(to, "to"), team), ct);
                var name = string.Create(CultureInfo.InvariantCulture, $"timeliness-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.csv");
                return TypedResults.File(Encoding.UTF8.GetBytes(GetTimeliness.ToCsv(report)), "text/csv", name);
            })
            .WithName("GetTimelinessCsv")
            .RequireAuthorization(Policies.ViewTimeliness)
            .WithTags("Timeliness")
            .WithSummary("The timeliness report as CSV")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        v1.MapGet("/appeals-report", async (string? from, string? to, string? team, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAppealsReport.Query(DateParameter(from, "from"), DateParameter(to, "to"), team), ct)))
            .WithName("GetAppealsReport")
            .WithTags("Timeliness")
            .WithSummary("Appeals registered per notice carrying the right of appeal in a period, beside the baseline; outcomes; tribunal orders met on time; what appeals concern")
            .ProducesValidationProblem();

        v1.MapGet("/appeals-report.csv", async (string? from, string? to, string? team, ISender sender, CancellationToken ct) =>
            {
                var report = await sender.Send(new GetAppealsReport.Query(DateParameter(from, "from"), DateParameter(to, "to"), team), ct);
                var name = string.Create(CultureInfo.InvariantCulture, $"appeals-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.csv");
                return TypedResults.File(Encoding.UTF8.GetBytes(GetAppealsReport.ToCsv(report)), "text/csv", name);
            })
            .WithName("GetAppealsReportCsv")
            .RequireAuthorization(Policies.ViewTimeliness)
            .WithTags("Timeliness")
            .WithSummary("The appeals report as CSV, one row per figure")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        v1.MapGet("/bank-holidays", async (int? year, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListBankHolidays.Query(year), ct)))
            .WithName("ListBankHolidays")
            .WithTags("Reference data")
            .WithSummary("Bank holidays in England and Wales, as the service counts working days");

        v1.MapGet("/bank-holidays/coverage", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetBankHolidayCoverage.Query(), ct)))
            .WithName("GetBankHolidayCoverage")
            .RequireAuthorization(Policies.Administer)
            .WithTags("Reference data")
            .WithSummary("How far ahead bank holidays are recorded, whether the next years are due to be imported, and how many open deadlines are provisional meanwhile");

        v1.MapPut("/bank-holidays", async ([FromBody] ImportBankHolidays.Command body, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(body, ct)))
            .WithName("ImportBankHolidays")
            .WithTags("Reference data")
            .WithSummary("Import bank holidays (the england-and-wales part of the government's file): the years in it are replaced; nothing is imported if any entry is bad")
            .ProducesValidationProblem();

        v1.MapGet("/notifications", async (int? count, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMyNotifications.Query(count), ct)))
            .WithName("ListMyNotifications")
            .WithTags("Notifications")
            .WithSummary("Your notifications, newest first");
    }

    private static DateOnly? DateParameter(string? value, string name) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw RequestValidationException.For(name, "Enter a date in the form 2026-01-31.");

    internal sealed record RecordClockEventRequest(ClockEventKind? Event, DateOnly? Date, Agency? Agency);

    internal sealed record RecordStatutoryExceptionRequest(
        string? Reason, DateOnly? StartDate, DateOnly? EndDate, string? Note, DateOnly? ClosedOn = null, DateOnly? ReopenedOn = null, DateOnly? FamilyToldOn = null);

    internal sealed record RecordExceptionToldToFamilyRequest(DateOnly? ToldOn);

    /// <param name="Milestone">The late deadline.</param>
    /// <param name="Agency">For an agency's advice, which agency's.</param>
    /// <param name="Reason">Why it is late, in plain words the family will read.</param>
    /// <param name="ExpectedBy">The day it is now expected: today or later, and after the statutory date.</param>
    internal sealed record ExplainLateDeadlineRequest(MilestoneKind? Milestone, Agency? Agency, string? Reason, DateOnly? ExpectedBy);
}
