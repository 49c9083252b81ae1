using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// Records on a case's clock, in the same transaction, what the service's own features do on the statutory path:
/// advice requested from and received by each agency (reg 8), a setting consulted and its reply, the panel's
/// decision signed off, which ends the child's wait for a specialist place, the decision letter sent, and a notice with
/// the right of appeal sent, from which the appeal window runs and which meets the deadline it answers (the final plan,
/// the amended plan, the decision whether to assess or to issue, the decision after a review). A case without a clock
/// (one received before clocks existed) is left as it is.
/// </summary>
public sealed class ClockEventsFromFeatures(PanelDbContext db, ClockSettingsFactory settings)
    : IDomainEventHandler<AdviceRequested>,
      IDomainEventHandler<AdviceReceived>,
      IDomainEventHandler<ConsultationSent>,
      IDomainEventHandler<ConsultationResponded>,
      IDomainEventHandler<PanelDecisionSignedOff>,
      IDomainEventHandler<DecisionLetterIssued>,
      IDomainEventHandler<AppealableNoticeIssued>
{
    public const string FromEvidence = "evidence";
    public const string FromConsultations = "consultations";
    public const string FromDecisionLetters = "decision-letters";
    public const string FromNotices = "notices";

    public async ValueTask Handle(AdviceRequested domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var advice = await AdviceAsync(domainEvent.AdviceRequestId, cancellationToken);
        await RecordAsync(domainEvent.PlacementRequestId, ClockEventKind.AdviceRequested, advice.RequestedOn, advice.Agency, FromEvidence, domainEvent.By, domainEvent.At, cancellationToken);
    }

    public async ValueTask Handle(AdviceReceived domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var advice = await AdviceAsync(domainEvent.AdviceRequestId, cancellationToken);
        var clock = await ClockAsync(domainEvent.PlacementRequestId, cancellationToken);
        if (clock is null)
        {
            return;
        }

        var clockSettings = await settings.CreateAsync(cancellationToken);
        // Advice requested before the clock heard of requests is put on it first, so that its deadline is met, not missing.
        if (!clock.Events.Any(e => e.Kind == ClockEventKind.AdviceRequested && e.Agency == advice.Agency))
        {
            clock.Record(ClockEventKind.AdviceRequested, advice.RequestedOn, advice.Agency, FromEvidence, advice.RequestedBy, domainEvent.At, clockSettings);
        }

        clock.Record(ClockEventKind.AdviceReceived, domainEvent.ReceivedOn, advice.Agency, FromEvidence, domainEvent.By, domainEvent.At, clockSettings);
    }

    public async ValueTask Handle(ConsultationSent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await RecordAsync(domainEvent.PlacementRequestId, ClockEventKind.SettingConsultationSent, domainEvent.SentOn, null, FromConsultations, domainEvent.By, domainEvent.At, cancellationToken);
    }

    public async ValueTask Handle(ConsultationResponded domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var consultation = db.Consultations.Local.SingleOrDefault(c => c.Id == domainEvent.ConsultationId)
                           ?? await db.Consultations.SingleAsync(c => c.Id == domainEvent.ConsultationId, cancellationToken);
        await RecordAsync(domainEvent.PlacementRequestId, ClockEventKind.SettingReplied, consultation.RespondedOn!.Value, null, FromConsultations, domainEvent.By, domainEvent.At, cancellationToken);
    }

    /// <summary>A decision ends the child's wait from the day it is signed off; a deferral does not, and a correction changes nothing.</summary>
    public async ValueTask Handle(PanelDecisionSignedOff domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.Outcome == DecisionOutcome.DeferForEvidence || domainEvent.Supersedes is not null)
        {
            return;
        }

        var clock = await ClockAsync(domainEvent.PlacementRequestId, cancellationToken);
        clock?.Decided(UkCalendar.DateOf(domainEvent.At));
    }

    /// <summary>A decision letter sent is recorded as a fact of the case; it starts no appeal window (statutory-framework.md §3).</summary>
    public async ValueTask Handle(DecisionLetterIssued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await RecordAsync(domainEvent.PlacementRequestId, ClockEventKind.DecisionLetterSent, domainEvent.LetterDate, null, FromDecisionLetters, domainEvent.By, domainEvent.At, cancellationToken);
    }

    /// <summary>
    /// A notice sent meets the deadline it answers and starts the family's appeal window from its date. The clock's
    /// own rules apply: a final plan needs its draft served first, an amended plan its proposed amendments.
    /// </summary>
    public async ValueTask Handle(AppealableNoticeIssued domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var clock = await ClockAsync(domainEvent.PlacementRequestId, cancellationToken);
        if (clock is null)
        {
            return;
        }

        var clockSettings = await settings.CreateAsync(cancellationToken);
        if (EventAnswered(domainEvent.Notice, clock.RequestType) is { } answered)
        {
            clock.Record(answered, domainEvent.LetterDate, null, FromNotices, domainEvent.By, domainEvent.At, clockSettings);
        }

        clock.Record(ClockEventKind.AppealableNoticeSent, domainEvent.LetterDate, null, FromNotices, domainEvent.By, domainEvent.At, clockSettings);
    }

    /// <summary>The event on the statutory path a notice is, for the type of request: what its deadline waits for.</summary>
    public static ClockEventKind? EventAnswered(LetterOutcome notice, RequestType type) => notice switch
    {
        LetterOutcome.FinalPlanNotice => ClockEventKind.FinalPlanIssued,
        LetterOutcome.FinalAmendedPlanNotice => type == RequestType.PhaseTransfer ? ClockEventKind.PhaseTransferPlanAmended : ClockEventKind.AmendedPlanIssued,
        LetterOutcome.RefusalToAssessNotice => ClockEventKind.DecidedNotToAssess,
        LetterOutcome.RefusalToIssueNotice => ClockEventKind.DecidedNotToIssue,
        LetterOutcome.RefusalToAmendNotice or LetterOutcome.CessationNotice when type == RequestType.AmendmentAfterAnnualReview => ClockEventKind.ReviewDecisionNotified,
        _ => null,
    };

    private async Task RecordAsync(
        PlacementRequestId caseId, ClockEventKind kind, DateOnly date, Agency? agency, string source, UserId by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var clock = await ClockAsync(caseId, cancellationToken);
        clock?.Record(kind, date, agency, source, by, at, await settings.CreateAsync(cancellationToken));
    }

    private async Task<CaseClock?> ClockAsync(PlacementRequestId caseId, CancellationToken cancellationToken) =>
        db.CaseClocks.Local.SingleOrDefault(c => c.PlacementRequestId == caseId)
        ?? await db.CaseClocks.WithMilestones().SingleOrDefaultAsync(c => c.PlacementRequestId == caseId, cancellationToken);

    private async Task<AdviceRequest> AdviceAsync(Guid id, CancellationToken cancellationToken) =>
        db.AdviceRequests.Local.SingleOrDefault(a => a.Id == id) ?? await db.AdviceRequests.SingleAsync(a => a.Id == id, cancellationToken);
}
