using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Consultations;

/// <summary>What a consulted setting said about admitting the child.</summary>
public enum ConsultationResponse
{
    CanMeetNeeds,
    CanMeetNeedsWithConditions,
    CannotMeetNeeds,
}

/// <summary>What the LA decided after consulting the setting.</summary>
public enum ConsultationOutcome
{
    SettingToBeNamed,
    SettingNotToBeNamed,
}

/// <summary>
/// Consulting a setting the LA intends to name (CFA 2014 s.39(2)): the draft plan is sent, the setting should reply
/// within 15 days (guidance; configurable), and the LA records its outcome — with or without a reply once the
/// period has run.
/// </summary>
public sealed class Consultation : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    private Consultation()
    {
        SettingName = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public Guid PanelDecisionId { get; private set; }
    public string SettingName { get; private set; }
    public string? SettingUrn { get; private set; }

    /// <summary>The setting's maintaining authority, where it is another LA (which is consulted too).</summary>
    public string? MaintainingAuthority { get; private set; }

    public DateOnly SentOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? RespondedOn { get; private set; }
    public ConsultationResponse? Response { get; private set; }
    public string? ResponseSummary { get; private set; }
    public ConsultationOutcome? Outcome { get; private set; }
    public string? OutcomeReason { get; private set; }
    public UserId SentBy { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public bool IsOpen => Outcome is null;

    public bool IsOverdueOn(DateOnly today) => Response is null && Outcome is null && today > DueOn;

    public static Consultation Start(
        PanelDecision decision,
        string settingName,
        string? settingUrn,
        string? maintainingAuthority,
        DateOnly sentOn,
        int responseDays,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentOutOfRangeException.ThrowIfLessThan(responseDays, 1);
        if (!decision.IsSignedOff)
        {
            throw new DomainRuleException("decision-not-signed-off", "Settings are consulted once the chair has signed off the decision.");
        }

        if (decision.Outcome is not (DecisionOutcome.AgreeFamilyPreference or DecisionOutcome.NameAnotherSetting or DecisionOutcome.NameTypeAndConsult))
        {
            throw new DomainRuleException("decision-names-no-setting", "The decision does not name a setting or type of provision, so there is no setting to consult.");
        }

        if (sentOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("sent-date-in-future", "The date the consultation was sent cannot be in the future.");
        }

        if (sentOn < UkCalendar.DateOf(decision.SignedOffAt!.Value))
        {
            throw new DomainRuleException("sent-before-decision", "A consultation cannot have been sent before the decision to consult was signed off.");
        }

        if (string.IsNullOrWhiteSpace(settingName))
        {
            throw new DomainRuleException("setting-name-required", "Name the setting consulted.");
        }

        var consultation = new Consultation
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = decision.PlacementRequestId,
            PanelDecisionId = decision.Id,
            SettingName = settingName.Trim(),
            SettingUrn = string.IsNullOrWhiteSpace(settingUrn) ? null : settingUrn.Trim(),
            MaintainingAuthority = string.IsNullOrWhiteSpace(maintainingAuthority) ? null : maintainingAuthority.Trim(),
            SentOn = sentOn,
            DueOn = sentOn.AddDays(responseDays),
            SentBy = by,
            SentAt = now,
        };
        consultation.Raise(new ConsultationSent(consultation.PlacementRequestId, consultation.Id, consultation.SettingName, sentOn, consultation.DueOn, by, now));
        return consultation;
    }

    public void RecordResponse(DateOnly respondedOn, ConsultationResponse response, string summary, UserId by, DateTimeOffset now)
    {
        if (Response is not null)
        {
            throw new DomainRuleException("response-already-recorded", $"{SettingName}'s response was already recorded.");
        }

        if (Outcome is not null)
        {
            throw new DomainRuleException("consultation-closed", "The outcome of this consultation is already recorded.");
        }

        if (respondedOn < SentOn)
        {
            throw new DomainRuleException("response-before-sent", $"A response cannot come ({DateText.Plain(respondedOn)}) before the consultation was sent ({DateText.Plain(SentOn)}).");
        }

        if (respondedOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("response-date-in-future", "The date of the response cannot be in the future.");
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainRuleException("response-summary-required", "Summarise the setting's response.");
        }

        RespondedOn = respondedOn;
        Response = response;
        ResponseSummary = summary.Trim();
        Raise(new ConsultationResponded(PlacementRequestId, Id, SettingName, response, respondedOn > DueOn, by, now));
    }

    public void RecordOutcome(ConsultationOutcome outcome, string reason, UserId by, DateTimeOffset now)
    {
        if (Outcome is not null)
        {
            throw new DomainRuleException("consultation-closed", "The outcome of this consultation is already recorded.");
        }

        if (Response is null && UkCalendar.DateOf(now) <= DueOn)
        {
            throw new DomainRuleException(
                "awaiting-response",
                $"{SettingName} has until {DateText.Plain(DueOn)} to reply; the LA may decide without a reply only after that.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("outcome-reason-required", "Give the reason for the outcome.");
        }

        Outcome = outcome;
        OutcomeReason = reason.Trim();
        OutcomeRecordedAt = now;
        Raise(new ConsultationConcluded(PlacementRequestId, Id, SettingName, outcome, by, now));
    }
}

public sealed record ConsultationSent(PlacementRequestId PlacementRequestId, Guid ConsultationId, string SettingName, DateOnly SentOn, DateOnly DueOn, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record ConsultationResponded(
    PlacementRequestId PlacementRequestId, Guid ConsultationId, string SettingName, ConsultationResponse Response, bool Late, UserId By, DateTimeOffset At) : IDomainEvent;

public sealed record ConsultationConcluded(PlacementRequestId PlacementRequestId, Guid ConsultationId, string SettingName, ConsultationOutcome Outcome, UserId By, DateTimeOffset At)
    : IDomainEvent;
