using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Evidence;

/// <summary>
/// A request for advice from one agency (SEND Regulations 2014 reg 6–8): when it was asked for, when it is due
/// (6 weeks by default, from configuration) and, once it arrives, what it says and recommends.
/// </summary>
public sealed class AdviceRequest : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    private AdviceRequest()
    {
        AddressedTo = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public Agency Agency { get; private set; }

    /// <summary>The agency's own name, needed when the agency is "other" (for example a speech and language therapy service).</summary>
    public string? AgencyName { get; private set; }

    public string AddressedTo { get; private set; }
    public DateOnly RequestedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? ReceivedOn { get; private set; }
    public string? Summary { get; private set; }
    public string? Recommendation { get; private set; }
    public Guid? EvidenceItemId { get; private set; }
    public UserId RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public UserId? ReceiptRecordedBy { get; private set; }
    public DateTimeOffset? ReceiptRecordedAt { get; private set; }

    public bool IsOutstanding => ReceivedOn is null;

    public bool IsOverdueOn(DateOnly today) => IsOutstanding && today > DueOn;

    public string AgencyDescription => Agency == Agency.Other && AgencyName is not null ? AgencyName : Agency.Describe();

    public static AdviceRequest Request(
        PlacementRequest placementRequest,
        Agency agency,
        string? agencyName,
        string addressedTo,
        DateOnly requestedOn,
        int responseWeeks,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(placementRequest);
        ArgumentOutOfRangeException.ThrowIfLessThan(responseWeeks, 1);
        if (placementRequest.Stage is Stage.Closed or Stage.Withdrawn or Stage.Decided or Stage.LetterIssued)
        {
            throw new DomainRuleException("case-not-gathering-evidence", $"Advice cannot be requested for a case that is '{placementRequest.Stage.Describe()}'.");
        }

        if (requestedOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("requested-date-in-future", "The date advice was requested cannot be in the future.");
        }

        if (requestedOn < placementRequest.ReceivedDate)
        {
            throw new DomainRuleException("requested-before-request", "Advice for this request cannot have been requested before the request was received.");
        }

        if (agency == Agency.Other && string.IsNullOrWhiteSpace(agencyName))
        {
            throw new DomainRuleException("agency-name-required", "Name the agency when it is not education, health, social care or an educational psychologist.");
        }

        if (string.IsNullOrWhiteSpace(addressedTo))
        {
            throw new DomainRuleException("addressee-required", "Say who the advice was requested from.");
        }

        var request = new AdviceRequest
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = placementRequest.Id,
            Agency = agency,
            AgencyName = string.IsNullOrWhiteSpace(agencyName) ? null : agencyName.Trim(),
            AddressedTo = addressedTo.Trim(),
            RequestedOn = requestedOn,
            DueOn = requestedOn.AddDays(7 * responseWeeks),
            RequestedBy = by,
            RequestedAt = now,
        };
        request.Raise(new AdviceRequested(request.PlacementRequestId, request.Id, request.AgencyDescription, requestedOn, request.DueOn, by, now));
        return request;
    }

    public void RecordReceived(DateOnly receivedOn, string summary, string? recommendation, Guid? evidenceItemId, UserId by, DateTimeOffset now)
    {
        if (!IsOutstanding)
        {
            throw new DomainRuleException("advice-already-received", $"The {AgencyDescription} advice was already recorded as received on {DateText.Plain(ReceivedOn!.Value)}.");
        }

        if (receivedOn < RequestedOn)
        {
            throw new DomainRuleException("received-before-requested", $"Advice cannot be received ({DateText.Plain(receivedOn)}) before it was requested ({DateText.Plain(RequestedOn)}).");
        }

        if (receivedOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("received-date-in-future", "The date the advice was received cannot be in the future.");
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainRuleException("advice-summary-required", "Summarise the advice received.");
        }

        ReceivedOn = receivedOn;
        Summary = summary.Trim();
        Recommendation = string.IsNullOrWhiteSpace(recommendation) ? null : recommendation.Trim();
        EvidenceItemId = evidenceItemId;
        ReceiptRecordedBy = by;
        ReceiptRecordedAt = now;
        Raise(new AdviceReceived(PlacementRequestId, Id, AgencyDescription, receivedOn, receivedOn > DueOn, by, now));
    }
}
