using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Evidence;

/// <summary>
/// The family's views, or the child's own voice, in the words of EHC plan section A: what matters to them, their
/// hopes for the future and how they are best supported. Never edited; a later conversation is a new record.
/// </summary>
public sealed class CaseView : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 200;

    private CaseView()
    {
        GivenBy = string.Empty;
        HowGathered = string.Empty;
        WhatMatters = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public Voice Voice { get; private set; }

    /// <summary>Who gave the views, as they would put it: "Sarah Bennett, mother", "Leo".</summary>
    public string GivenBy { get; private set; }

    public DateOnly GatheredOn { get; private set; }

    /// <summary>How the views were gathered: a conversation, a drawing, a questionnaire, with whose help.</summary>
    public string HowGathered { get; private set; }

    public string WhatMatters { get; private set; }
    public string? HopesAndAspirations { get; private set; }
    public string? HowBestSupported { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static CaseView Record(
        PlacementRequest placementRequest,
        Voice voice,
        string givenBy,
        DateOnly gatheredOn,
        string howGathered,
        string whatMatters,
        string? hopesAndAspirations,
        string? howBestSupported,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(placementRequest);
        if (placementRequest.Stage is Stage.Closed or Stage.Withdrawn)
        {
            throw new DomainRuleException("case-not-open", $"Views cannot be added to a case that is '{placementRequest.Stage.Describe()}'.");
        }

        if (gatheredOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("gathered-date-in-future", "The date the views were gathered cannot be in the future.");
        }

        if (string.IsNullOrWhiteSpace(givenBy) || string.IsNullOrWhiteSpace(howGathered) || string.IsNullOrWhiteSpace(whatMatters))
        {
            throw new DomainRuleException("view-details-required", "Record who gave the views, how they were gathered and what matters to them.");
        }

        var view = new CaseView
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = placementRequest.Id,
            Voice = voice,
            GivenBy = givenBy.Trim(),
            GatheredOn = gatheredOn,
            HowGathered = howGathered.Trim(),
            WhatMatters = whatMatters.Trim(),
            HopesAndAspirations = string.IsNullOrWhiteSpace(hopesAndAspirations) ? null : hopesAndAspirations.Trim(),
            HowBestSupported = string.IsNullOrWhiteSpace(howBestSupported) ? null : howBestSupported.Trim(),
            RecordedBy = by,
            RecordedAt = now,
        };
        view.Raise(new CaseViewRecorded(view.PlacementRequestId, view.Id, voice, by, now));
        return view;
    }
}
