using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Evidence;

/// <summary>
/// A document put before the panel for a case: what it is, who wrote it, when it arrived and what it says in
/// short. Never edited once recorded. Evidence recorded after a panel's papers for the case were frozen is marked
/// late for that panel, so that it is seen as late rather than slipping into the papers unnoticed.
/// </summary>
public sealed class EvidenceItem : AggregateRoot
{
    public const int SummaryMaxLength = 2000;
    public const int AuthorMaxLength = 200;

    private EvidenceItem()
    {
        Author = string.Empty;
        Summary = string.Empty;
        File = null!;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public Agency? Agency { get; private set; }
    public string Author { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Summary { get; private set; }
    public DocumentFile File { get; private set; }
    public Guid? AdviceRequestId { get; private set; }
    public Guid? LateForPanelMeetingId { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsLate => LateForPanelMeetingId is not null;

    public static EvidenceItem Record(
        PlacementRequest placementRequest,
        EvidenceKind kind,
        Agency? agency,
        string author,
        DateOnly receivedOn,
        string summary,
        DocumentFile file,
        Guid? adviceRequestId,
        Guid? lateForPanelMeetingId,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(placementRequest);
        ArgumentNullException.ThrowIfNull(file);
        if (placementRequest.Stage is Stage.Closed or Stage.Withdrawn)
        {
            throw new DomainRuleException("case-not-open", $"Evidence cannot be added to a case that is '{placementRequest.Stage.Describe()}'.");
        }

        if (receivedOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("received-date-in-future", "The date the evidence was received cannot be in the future.");
        }

        if (string.IsNullOrWhiteSpace(author) || string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainRuleException("evidence-details-required", "Evidence needs its author and a short summary.");
        }

        if (file.SizeBytes <= 0)
        {
            throw new DomainRuleException("empty-document", "An empty file cannot be evidence.");
        }

        var item = new EvidenceItem
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = placementRequest.Id,
            Kind = kind,
            Agency = agency,
            Author = author.Trim(),
            ReceivedOn = receivedOn,
            Summary = summary.Trim(),
            File = file,
            AdviceRequestId = adviceRequestId,
            LateForPanelMeetingId = lateForPanelMeetingId,
            RecordedBy = by,
            RecordedAt = now,
        };
        item.Raise(new EvidenceAdded(item.PlacementRequestId, item.Id, kind, agency, file.FileName, lateForPanelMeetingId, by, now));
        return item;
    }
}
